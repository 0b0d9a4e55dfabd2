import { View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { OpenRoundForm } from './open-form'
import { RoundView } from './round-view'
import './index.scss'

/** 评优推荐 (chair): without an id, open a round; with one, its nominations and the shortlist. */
export default function Honour() {
  const id = useRouter().params.id
  return <View className='page honour'>{id ? <RoundView id={id} /> : <OpenRoundForm />}</View>
}
