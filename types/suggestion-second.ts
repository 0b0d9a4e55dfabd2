import { z } from 'zod'
import { MonthString } from './common'
import { SuggestionNumber } from './suggestion'

const Hex = (what: string) => z.string({ required_error: `请附上${what}`, invalid_type_error: `${what}格式不对` }).regex(/^[0-9a-f]+$/, `${what}格式不对，请刷新后重试`)
const PublicKey = z.object({ n: z.string(), e: z.string() })

/**
 * 领附议券 (identified): `items` empty asks which published numbers of the month this member has no
 * 附议券 for yet. Otherwise it must hold one blinded value for EVERY such number, seconding or not,
 * so the issuance record says nothing about intent (docs/anonymity.md).
 */
export const SecondTokensInput = z
  .object({
    month: MonthString,
    items: z
      .array(z.object({ number: SuggestionNumber, blinded: Hex('盲化值') }).strict())
      .max(1000, '一次最多领 1000 张附议券')
      .default([])
  })
  .strict()
export type SecondTokensInput = z.infer<typeof SecondTokensInput>
export const SecondTokensOutput = z.object({
  month: MonthString,
  /** Published numbers still without a token for this member, each with its own RSA public key (big-endian hex) */
  open: z.array(z.object({ number: z.string(), publicKey: PublicKey })),
  /** One blind signature per item sent, in order */
  blindSignatures: z.array(z.string()),
  /** Published numbers whose key is still being made (a few per call): ask again for them */
  waiting: z.number().int()
})
export type SecondTokensOutput = z.infer<typeof SecondTokensOutput>

/** 附议 (anonymous path, no WeChat identity): the number's token and its unblinded signature. */
export const SecondInput = z
  .object({
    number: SuggestionNumber,
    token: z.string({ required_error: '请附上附议券', invalid_type_error: '附议券格式不对' }).regex(/^[0-9a-f]{64}$/, '附议券格式不对，请刷新后重试'),
    signature: Hex('签名')
  })
  .strict()
export type SecondInput = z.infer<typeof SecondInput>
export const SecondOutput = z.object({ number: z.string(), seconds: z.number().int() })
export type SecondOutput = z.infer<typeof SecondOutput>
