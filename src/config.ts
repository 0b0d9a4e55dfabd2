/**
 * The app's one deploy-time setting: the WeChat cloud environment id (云开发环境 ID).
 * Set TARO_APP_CLOUD_ENV in .env at the repo root (or the shell) before `npm run build:weapp`;
 * empty means the appid's default environment. H5 ignores it: it talks to the local cloud.
 */
export const CLOUD_ENV: string = process.env.TARO_APP_CLOUD_ENV ?? ''

/** Where the local identity (切换身份) is kept in H5's localStorage. */
export const OPENID_KEY = 'union.openid'
