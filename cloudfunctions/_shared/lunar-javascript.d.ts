/** The part of lunar-javascript (no bundled types) the calendar rules use. */
declare module 'lunar-javascript' {
  export class Lunar {
    static fromYmd(year: number, month: number, day: number): Lunar
    getYear(): number
    /** negative for a leap month */
    getMonth(): number
    getDay(): number
    getSolar(): Solar
  }
  export class Solar {
    static fromYmd(year: number, month: number, day: number): Solar
    getLunar(): Lunar
    toYmd(): string
  }
  export class LunarYear {
    static fromYear(year: number): LunarYear
    /** 0 when the year has no leap month */
    getLeapMonth(): number
  }
  export class LunarMonth {
    static fromYm(year: number, month: number): LunarMonth
    getDayCount(): number
  }
}
