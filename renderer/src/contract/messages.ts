import { localized } from '../i18n/localized.js';

/** What the contract client says itself when there is no host error to pass on. */
export const contractMessages = localized({
  en: {
    lostContact: 'Lost contact with Holdall host',
    canceled: 'Canceled: nothing waits for this answer any more',
    somethingWentWrong: 'Something went wrong',
    serverMisbehaved: (server: string, what: string) =>
      `The server ${server} misbehaved: ${what}. Holdall stopped rather than wait forever; the server or a proxy in front of it needs fixing.`,
    misbehaviour: {
      repeatedToken: 'it answered a page with the same continuation token again',
      noProgress: 'its next page did not move past the previous one',
      tooManyEntries: 'it sent more entries than were asked for',
      truncatedWithoutToken: 'it said more pages follow but gave no way to ask for them',
      emptyPages: 'it kept sending empty pages that say more follow',
      oversized: 'its answer was larger than any valid answer can be',
      unreadable: 'its answer was not valid XML',
    },
  },
  'zh-CN': {
    lostContact: '与 Holdall 主机失去联系',
    canceled: '已取消：不再等待此结果',
    somethingWentWrong: '出错了',
    serverMisbehaved: (server: string, what: string) =>
      `服务器 ${server} 行为异常：${what}。Holdall 已停止，不会无限等待；需要修复该服务器或其前面的代理。`,
    misbehaviour: {
      repeatedToken: '它再次返回了相同的续页令牌',
      noProgress: '它的下一页没有越过上一页',
      tooManyEntries: '它返回的条目多于请求的数量',
      truncatedWithoutToken: '它表示还有更多页，却没有给出获取下一页的方式',
      emptyPages: '它不断返回声称还有更多内容的空页',
      oversized: '它的响应比任何有效响应都大',
      unreadable: '它的响应不是有效的 XML',
    },
  },
});
