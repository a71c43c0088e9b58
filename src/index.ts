/**
 * locdoc's library surface: named exports only.
 */
export {lintText, type LintTextOptions} from './lint/lint-text.js'
export {lintFiles as lint, type LintFilesOptions, type LintFilesResult} from './lint/lint-files.js'
export {remarkLocdoc, type LocdocOptions} from './lint/remark-locdoc.js'
export {markdownParser} from './lint/processor.js'
export {extractFiles as extract, extractText, type ExtractedPage} from './extract-files.js'
export {rules, ruleIds} from './rules/index.js'
export {createRule, Fix, RuleCategory, RuleMeta, Severity, type Finding, type Rule, type RuleContext} from './rules/create-rule.js'
export {Config, loadConfig, parseConfig} from './config.js'
export * from './model/types.js'
export {Range, Segment, SegmentSide, SpanProblem, CodeToken, LinkToken} from './extract/types.js'
export * from './schema/model.js'
export {createApiIndex, type ApiIndex} from './schema/api-index.js'
export {embeddedSchema} from './schema/embedded.js'
export {parseCsdl} from './schema/csdl.js'
export {loadSchemaFile} from './schema/load.js'
export {toJsonResults, type JsonMessage, type JsonResult} from './report/json.js'
