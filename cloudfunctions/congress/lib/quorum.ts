/** 教代会 quorum: two thirds of the 代表, rounded up, in integers (9 → 6, 10 → 7, 0 → 0). */
export const quorumOf = (expected: number): number => Math.ceil((expected * 2) / 3)

/** Whether the present reach it: with no 代表 at all no meeting can be held, so never quorate. */
export const isQuorate = (expected: number, present: number): boolean => expected > 0 && present >= quorumOf(expected)
