/** The per-component files of @tarojs/components-react ship no types; the shim re-exports them. */
declare module '@tarojs/components-react/dist/components/*' {
  const component: any
  export default component
  export const Swiper: any
  export const SwiperItem: any
}
