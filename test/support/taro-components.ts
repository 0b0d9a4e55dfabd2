/**
 * `@tarojs/components` for the ui project, as the H5 build resolves it with useHtmlComponents:
 * the React DOM components from @tarojs/components-react, the rest from the Stencil React
 * wrappers. Imported file by file because components-react itself imports `@tarojs/components`,
 * which through its index would be a require cycle under CommonJS.
 */
export * from '@tarojs/components/lib/react'
export { default as Button } from '@tarojs/components-react/dist/components/button/index.js'
export { default as Icon } from '@tarojs/components-react/dist/components/icon/index.js'
export { default as Image } from '@tarojs/components-react/dist/components/image/index.js'
export { default as Input } from '@tarojs/components-react/dist/components/input/index.js'
export { default as Picker } from '@tarojs/components-react/dist/components/picker/index.js'
export { default as ScrollView } from '@tarojs/components-react/dist/components/scroll-view/index.js'
export { Swiper, SwiperItem } from '@tarojs/components-react/dist/components/swiper/index.js'
export { default as Text } from '@tarojs/components-react/dist/components/text/index.js'
export { default as View } from '@tarojs/components-react/dist/components/view/index.js'
