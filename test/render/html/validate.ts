/**
 * html-validate, offline, with the recommended preset. The few rules turned
 * off are stylistic, each with its reason.
 */
import {HtmlValidate, type Message} from 'html-validate'

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Our serializer (hast-util-to-html) omits optional quotes and end tags
    // by the HTML syntax's own rules; these two rules only police style.
    'attr-quotes': 'off',
    'no-implicit-close': 'off',
    // `<br>` without a slash: the preferred HTML style, not an error.
    'void-style': 'off',
    // hast-util-to-html escapes `<` and `&` in text, which is all HTML
    // requires (§13.1.3: text must not contain `<` or an ambiguous `&`).
    // The rule also wants `>` as `&gt;` ("=>" in minutes), which the
    // serializer cannot be told to do and the syntax does not need. The XSS
    // tests check the markup independently.
    'no-raw-characters': 'off',
    // <title> is the seminar's own title; real ones run past 70 characters
    // and shortening them would misname the page in tabs and bookmarks.
    'long-title': 'off',
    // The template is a user-editable text file; indentation there is taste.
    'no-trailing-whitespace': 'off',
  },
})

/** The errors html-validate finds in a page, as "rule: message" lines. */
export async function validationErrors(html: string): Promise<string[]> {
  const report = await validator.validateString(html)
  return report.results.flatMap((result) =>
    result.messages
      .filter((message: Message) => message.severity === 2)
      .map((message: Message) => `${message.ruleId} (${message.line}:${message.column}): ${message.message} [${message.selector ?? ''}]`),
  )
}
