import { localized } from '../../../../i18n/localized.js';

const en = {
  loading: 'Reading who pays for requests…',
  payer: {
    BucketOwner: 'The bucket owner pays for requests and data transfer.',
    Requester: 'Requester pays is on: whoever makes a request pays for it and its transfer.',
  },
  explain:
    'With requester pays, the requester, not you, pays for requests and data transfer (you still pay for storage). Every request must then say it accepts the charge (x-amz-request-payer), so anonymous access stops working.',
  turnOnAsk: 'Turn on requester pays…',
  turnOn: 'Turn on requester pays',
  turningOn: 'Turning on…',
  turnOnConfirm: (bucket: string) =>
    `Make requesters pay for requests to "${bucket}"? Anonymous requests will be refused, and every client must send x-amz-request-payer: requester.`,
  turnOffAsk: 'Turn off requester pays…',
  turnOff: 'Turn off requester pays',
  turningOff: 'Turning off…',
  turnOffConfirm: (bucket: string) =>
    `Pay for requests to "${bucket}" yourself again? Requests and transfer are then billed to you, the owner.`,
  publicWarning:
    'This bucket is public (its policy or ACL lets everybody in): with requester pays on, those anonymous requests are refused.',
  cancel: 'Cancel',
};

/** The Requester pays tab. */
export const requestPaymentMessages = localized({
  en,
  'zh-CN': {
    loading: '正在读取请求费用由谁支付…',
    payer: {
      BucketOwner: '请求和数据传输费用由存储桶所有者支付。',
      Requester: '请求者付费已开启：发起请求的一方支付请求及其传输费用。',
    },
    explain:
      '开启请求者付费后，由请求者而不是您支付请求和数据传输费用（存储费用仍由您支付）。每个请求都必须声明接受付费（x-amz-request-payer），因此匿名访问将无法使用。',
    turnOnAsk: '开启请求者付费…',
    turnOn: '开启请求者付费',
    turningOn: '正在开启…',
    turnOnConfirm: (bucket: string) =>
      `确定让请求者为“${bucket}”的请求付费吗？匿名请求将被拒绝，每个客户端都必须发送 x-amz-request-payer: requester。`,
    turnOffAsk: '关闭请求者付费…',
    turnOff: '关闭请求者付费',
    turningOff: '正在关闭…',
    turnOffConfirm: (bucket: string) =>
      `确定重新由您为“${bucket}”的请求付费吗？此后请求和传输费用将计入您（所有者）的账单。`,
    publicWarning:
      '此存储桶是公开的（其策略或 ACL 允许所有人访问）：开启请求者付费后，这些匿名请求将被拒绝。',
    cancel: '取消',
  },
});
