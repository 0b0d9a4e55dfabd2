import type { LocalCloud } from '../cloud'

const CHAIR = 'demo-chair'
const DAY = 24 * 3600 * 1000

const NOTICES: { daysAgo: number; event: Record<string, unknown>; readBy: string[] }[] = [
  {
    daysAgo: 20,
    readBy: ['demo-officer-1', 'demo-member-2', 'demo-member-5'],
    event: {
      title: '2026 年第三季度工会经费收支公开',
      category: 'finance',
      body: '根据《工会会计制度》和校工会经费管理办法，现将 2026 年第三季度（7—9 月）工会经费收支情况公开如下：\n\n一、收入 68,420.00 元：会员会费 12,360.00 元，学校按工资总额 2% 拨缴经费 56,060.00 元。\n\n二、支出 51,738.50 元：教职工暑期疗休养补贴 30,000.00 元，中秋节慰问品 15,580.00 元，困难教职工慰问 3,000.00 元，趣味运动会奖品 3,158.50 元。\n\n三、季末结余 16,681.50 元，结转下季度使用。\n\n如有疑问，请于 12 月 5 日前向工会经费审查委员会邓洁老师反映。'
    }
  },
  {
    daysAgo: 9,
    readBy: ['demo-officer-2', 'demo-member-1', 'demo-member-3', 'demo-member-4'],
    event: {
      title: '关于表彰 2026 年度“优秀教师”的决定',
      category: 'honour',
      body: '经各教研组推荐、校工会委员会审议并公示无异议，决定授予李晓梅、吴强、黄雅琴、朱琳、罗勇五位老师 2026 年度“优秀教师”称号。\n\n希望受表彰的老师珍惜荣誉、再接再厉；全体教职工以先进为榜样，爱岗敬业，教书育人。'
    }
  },
  {
    daysAgo: 3,
    readBy: ['demo-member-1'],
    event: {
      title: '语文组：期末命题研讨安排',
      category: 'notice',
      audience: { units: ['语文组'] },
      body: '12 月 2 日（周三）下午第七、八节在三楼会议室开展期末命题研讨，请各备课组长带上本年级试卷初稿。\n\n不能参加的老师请提前向李晓梅老师请假。'
    }
  },
  {
    daysAgo: 1,
    readBy: ['demo-officer-1', 'demo-member-2'],
    event: {
      title: '关于组织 2026 年度工会会员健康体检的通知',
      category: 'notice',
      pinned: true,
      body: '为关心教职工身体健康，校工会定于 12 月 5 日（周六）上午 7:30—10:30 在市第一人民医院体检中心组织年度健康体检。\n\n一、对象：全体在职及退休工会会员。\n\n二、注意事项：体检前一天晚上 8 点后禁食，当天早晨空腹；请携带身份证；女教职工另含妇科检查项目。\n\n三、不能参加的会员请于 12 月 1 日前告知本组小组长，另行安排补检。'
    }
  }
]

/** A season of the chair's notices, opened by a few demo members so the receipts show something. */
export async function seedNotice(cloud: LocalCloud): Promise<void> {
  const wasFixed = cloud.clockIsFixed
  const now = cloud.now()
  try {
    for (const { daysAgo, event, readBy } of NOTICES) {
      cloud.setClock(new Date(now.getTime() - daysAgo * DAY).toISOString())
      const res = await cloud.call('notice', { action: 'publish', ...event }, CHAIR)
      if (!res.ok) throw new Error(`seed notice failed: ${res.error.message}`)
      const id = (res.data as { id: string }).id
      cloud.setClock(new Date(now.getTime() - daysAgo * DAY + 3 * 3600 * 1000).toISOString())
      for (const openid of readBy) await cloud.call('notice', { action: 'get', id }, openid)
    }
  } finally {
    cloud.setClock(wasFixed ? now.toISOString() : null)
  }
}
