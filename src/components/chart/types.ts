/** One bar: its name, its length, and the words shown for it (人次, 参与率). */
export interface ChartRow {
  label: string
  value: number
  text: string
}
