export type Lang = "zh" | "en";
export interface Label {
  zh: string;
  en: string;
}

/** Every text a widget shows, in Chinese (the default) and English. */
const strings = {
  loading: ["加载中…", "Loading…"],
  loadFailed: ["加载失败，请稍后重试。", "Could not load. Please try again later."],
  retry: ["重试", "Retry"],
  offline: ["网络连接失败，请检查网络后重试。", "The network failed. Check your connection and try again."],
  rateLimited: ["操作过于频繁，请稍后再试。", "Too many requests. Please wait a moment."],
  notFound: ["未找到。", "Not found."],
  // complaint form
  formTitle: ["我要投诉 / 反映问题", "Report a problem"],
  category: ["问题类型", "Type of problem"],
  choose: ["请选择", "Choose…"],
  compound: ["所在小区", "Your compound"],
  compoundSearch: ["输入小区或社区名称搜索", "Search by compound or community name"],
  noCompounds: ["没有找到匹配的小区", "No compound matches"],
  change: ["更换", "Change"],
  description: ["问题描述", "What is the problem?"],
  descriptionHint: [
    "至少 5 个字，请写明楼栋、时间等。",
    "At least 5 characters; say which building and when.",
  ],
  locationText: ["具体位置（可选）", "Where exactly (optional)"],
  useLocation: ["附上我的当前位置", "Attach my current location"],
  locating: ["正在定位…", "Locating…"],
  located: ["已附上位置", "Location attached"],
  locationFailed: ["无法获取位置", "Could not get your location"],
  name: ["您的姓名", "Your name"],
  phone: ["手机或电话", "Mobile or phone"],
  consent: [
    "我已阅读并同意：依据《中华人民共和国个人信息保护法》，您填写的姓名和电话仅用于办理本次诉求和回访，由本县物业管理部门处理，不公开、不用于其他用途。",
    "I agree: under the Personal Information Protection Law of the PRC, my name and phone are used only to handle this report and call me back, by the county's property office; they are not published or used otherwise.",
  ],
  privacy: ["查看隐私政策", "Read the privacy policy"],
  consentRequired: [
    "请先阅读并同意个人信息处理说明。",
    "Please agree to the personal information notice first.",
  ],
  required: ["必填", "Required"],
  submit: ["提交", "Submit"],
  submitting: ["提交中…", "Submitting…"],
  filed: ["已提交，感谢您的反映！", "Filed. Thank you!"],
  caseNumber: ["诉求编号", "Case number"],
  trackingCode: ["查询码", "Tracking code"],
  keepCode: [
    "请保存查询码，用于查询办理进度和评价。",
    "Keep the tracking code to follow the case and rate it.",
  ],
  copy: ["复制", "Copy"],
  copied: ["已复制", "Copied"],
  track: ["查询办理进度", "Track this case"],
  another: ["再反映一个问题", "Report another problem"],
  fixFields: ["请检查标出的内容。", "Please check the marked fields."],
  website: ["网址（请留空）", "Website (leave empty)"],
  photos: ["照片（可选）", "Photos (optional)"],
  photosHint: ["最多 {n} 张，上传前自动缩小。", "Up to {n}; they are made smaller before upload."],
  photoAlt: ["照片 {n}", "Photo {n}"],
  removePhoto: ["删除照片 {n}", "Remove photo {n}"],
  preparingPhotos: ["正在处理照片…", "Preparing the photos…"],
  photoUnreadable: ["无法读取这张图片，请换一张。", "This picture cannot be read; choose another."],
  tooManyPhotos: ["最多只能添加 {n} 张照片。", "At most {n} photos."],
  photosUploading: ["正在上传照片…", "Uploading the photos…"],
  photosAttached: ["已附上 {n} 张照片", "{n} photos attached"],
  photosFailed: ["有 {n} 张照片未能上传。", "{n} photos could not be uploaded."],
  retryPhotos: ["重新上传照片", "Upload the photos again"],
  photoWindowClosed: ["补传照片的时间已过，照片未能附上。", "The time to add photos is over."],
  // tracker
  trackerTitle: ["诉求办理进度查询", "Track a case"],
  codeLabel: ["查询码", "Tracking code"],
  search: ["查询", "Look up"],
  status: ["状态", "Status"],
  receivedAt: ["受理时间", "Received"],
  timeline: ["办理过程", "Timeline"],
  rateTitle: ["请评价办理结果", "How was it handled?"],
  comment: ["意见（可选）", "Comment (optional)"],
  sendRating: ["提交评价", "Send rating"],
  ratedThanks: ["感谢您的评价。", "Thank you for rating."],
  yourRating: ["您的评价", "Your rating"],
  satisfied: ["满意", "Satisfied"],
  basicallySatisfied: ["基本满意", "Basically satisfied"],
  unsatisfied: ["不满意", "Unsatisfied"],
  // disclosures
  disclosuresTitle: ["信息公示", "Disclosures"],
  noDisclosures: ["暂无公示信息", "Nothing disclosed yet"],
  period: ["期间", "Period"],
  publishedAt: ["公示时间", "Published"],
  attachment: ["附件", "Attachment"],
  more: ["加载更多", "Load more"],
  // credit
  creditTitle: ["物业服务企业信用公示", "Property companies' credit"],
  company: ["企业", "Company"],
  grade: ["等级", "Grade"],
  score: ["信用分", "Score"],
  noCompanies: ["暂无企业", "No companies"],
  records: ["公示记录", "Public records"],
  good: ["良好记录", "Good record"],
  bad: ["不良记录", "Bad record"],
  asOf: ["截至", "As of"],
  // kpis
  kpiTitle: ["物业管理工作成效", "Property governance figures"],
  county: ["全县", "Whole county"],
  area: ["范围", "Area"],
  caseRates: ["接诉即办“三率”", "Complaint handling rates"],
  coverage: ["三个 100%", "The three 100% goals"],
  target: ["目标", "Target"],
  noData: ["暂无数据", "No data"],
  receivedCount: ["受理诉求", "Cases received"],
} satisfies Record<string, [string, string]>;

export type Key = keyof typeof strings;

/**
 * What the API's field-error codes (`errors[].code` of its problem+json) say, in Chinese and
 * English; `<field>:<code>` first, where a field has words of its own.
 */
const fieldCodes: Record<string, [string, string]> = {
  required: ["必填", "Required"],
  too_short: ["内容太短", "Too short"],
  too_long: ["内容太长", "Too long"],
  "description:too_short": ["请至少写 5 个字。", "Describe the problem in at least 5 characters."],
  "name:too_short": ["请填写姓名。", "Give your name."],
  invalid_phone: [
    "电话号码格式不正确：请填写手机号（如 13812345678）或带区号的固定电话（如 0558-7123456）。",
    "Not a phone number: use a mobile (13812345678) or a landline with area code (0558-7123456).",
  ],
  invalid_format: ["格式不正确", "Wrong format"],
  invalid_value: ["请选择有效的选项", "Choose a valid option"],
  invalid_type: ["填写的内容无效", "Not valid"],
  invalid: ["填写的内容无效", "Not valid"],
  file_empty: ["文件是空的。", "The file is empty."],
  file_type: ["只能上传 JPEG、PNG 或 WebP 图片。", "Only JPEG, PNG or WebP pictures."],
  file_too_large: ["图片太大。", "The picture is too large."],
  file_unreadable: ["无法读取这张图片。", "This picture cannot be read."],
  too_many_photos: ["照片数量已达上限。", "No more photos can be added."],
};

/**
 * A field error of the API in the person's language: Chinese from the code's text (the API's
 * English message when the code is unknown); English from the API's own message, which is
 * English and names the exact limit, else the code's text.
 */
export function fieldText(lang: Lang, e: { message?: string; code?: string }, field = ""): string {
  const known = e.code ? (fieldCodes[`${field}:${e.code}`] ?? fieldCodes[e.code]) : undefined;
  if (lang === "en") return e.message || known?.[1] || "";
  return known?.[0] ?? e.message ?? "";
}

/** A text with `{n}` filled in. */
export const count = (lang: Lang, key: Key, n: number): string => text(lang, key).replace("{n}", String(n));

export const text = (lang: Lang, key: Key): string => strings[key][lang === "en" ? 1 : 0];
export const pick = (lang: Lang, label: Label): string => (lang === "en" ? label.en : label.zh);
export const langOf = (value: string | null | undefined): Lang =>
  value?.toLowerCase().startsWith("en") ? "en" : "zh";

/** An instant as a date and time in the county's zone (Asia/Shanghai unless the API says otherwise). */
export function when(lang: Lang, iso: string, timeZone = "Asia/Shanghai"): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === "en" ? "en-GB" : "zh-CN", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hour12: false,
  }).format(d);
}

export const percent = (rate: number | null): string => (rate === null ? "—" : `${(rate * 100).toFixed(1)}%`);
