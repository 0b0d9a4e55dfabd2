/** 教代会 quorum: at least two thirds of the 代表 present (integers, so 6 of 9 is quorum and 5 is not). */
export const quorumOf = (expected: number, present: number): boolean => expected > 0 && present * 3 >= expected * 2
