/**
 * The one Markdown parser configuration locdoc uses, frozen once: the lint,
 * the fixer and the benchmark all parse exactly the same way.
 */
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'

export const markdownParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze()
