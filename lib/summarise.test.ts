import { describe, expect, it } from 'vitest';
import { splitSentences, summarise, summariseAnswer } from './summarise';

describe('splitSentences', () => {
  it.each([
    ['a full stop inside a quotation', 'If you get the error "Invalid MSN: 654321. Check your API keys." it is your keys. Then fix them.', ['If you get the error "Invalid MSN: 654321. Check your API keys." it is your keys.', 'Then fix them.']],
    ['curly quotes', 'Customers say “I paid. Twice.” when it is the reservation. Really.', ['Customers say “I paid. Twice.” when it is the reservation.', 'Really.']],
    ['a quotation that ends the sentence', 'Customers claim they have "paid twice." It never happens.', ['Customers claim they have "paid twice."', 'It never happens.']],
    ['a quote mark that is never closed', 'The screen is 6" wide. It fits.', ['The screen is 6" wide.', 'It fits.']],
    ['brackets', 'Use the test keys (see Test environment. It is separate.) with MT. Then go live.', ['Use the test keys (see Test environment. It is separate.) with MT.', 'Then go live.']],
    ['abbreviations', 'Use a tracker, e.g. Google Analytics. Or a pixel, etc. It works.', ['Use a tracker, e.g. Google Analytics.', 'Or a pixel, etc. It works.']],
    ['host names and numbers', 'Log in on portal.vipps.no to see step 1. above. Version 2.5 is out.', ['Log in on portal.vipps.no to see step 1. above.', 'Version 2.5 is out.']],
    ['a closing bracket after a stop', 'It is separate (use MT.) Then go live.', ['It is separate (use MT.)', 'Then go live.']],
    ['questions and exclamations', 'Is it down? Check the status page! Then retry.', ['Is it down?', 'Check the status page!', 'Then retry.']],
    ['no sentence end at all', 'a run of words without an end', ['a run of words without an end']],
    ['only white space', ' \n ', []],
  ])('%s', (_case, text, sentences) => {
    expect(splitSentences(text)).toEqual(sentences);
  });
});

describe('summarise', () => {
  it.each([
    ['keeps whole sentences that fit', 'First sentence here. Second one too. Third is far too long to fit in the space that is left.', 40, 'First sentence here. Second one too.'],
    ['keeps a long first sentence whole rather than cut it', 'This first sentence is longer than the limit but not absurdly so. Next.', 40, 'This first sentence is longer than the limit but not absurdly so.'],
    ['never stops inside a quotation', 'If you get the error "Invalid MSN: 654321. Check your API keys on portal.vipps.no." it is because the keys are for another MSN.', 160, 'If you get the error "Invalid MSN: 654321. Check your API keys on portal.vipps.no." it is because the keys are for another MSN.'],
    ['does not end on a sentence that introduces something', 'Check the keys. Then do this:', 160, 'Check the keys.'],
    ['cuts a run-on text at a word, with an ellipsis', 'word '.repeat(100), 30, 'word word word word word word…'],
    ['cuts a run-on text before a quotation it would break', `Look for ${'x '.repeat(10)}"a quoted error message that goes on and on" ${'y '.repeat(80)}`, 60, 'Look for x x x x x x x x x x…'],
  ])('%s', (_case, text, max, summary) => {
    expect(summarise(text, max)).toBe(summary);
  });
});

describe('summariseAnswer', () => {
  it.each([
    [
      'a quotation with a full stop inside is kept whole (“Invalid MSN”)',
      '<p>If you get the error\n<code>"Invalid MSN: 654321. Check your API keys on portal.vipps.no and see the eCom FAQ for tips."</code>\nit is because you are using API keys that are not valid for the specified MSN.</p><p>This can happen when:</p><ul><li>A partner uses partner keys.</li></ul>',
      200,
      'If you get the error "Invalid MSN: 654321. Check your API keys on portal.vipps.no and see the eCom FAQ for tips." it is because you are using API keys that are not valid for the specified MSN.',
    ],
    [
      'a code block and its introduction are passed over (unauthorized_client)',
      '<p>If you get errors like below from Microsoft Azure, you are not using the right API keys:</p><pre><code class="language-json">{\n  "error": "unauthorized_client"\n}\n</code></pre><pre><code>{ "error": "AADSTS700016" }</code></pre><p>To fix this, check that you are using the right API keys.</p>',
      200,
      'To fix this, check that you are using the right API keys.',
    ],
    [
      'an alternative wording of the heading is passed over (“Or: Merchant not available”)',
      '<p>Or: <code>Merchant not available or active</code>.</p><p>Please check that the organization number is still active. Vipps deactivates merchants when they are deleted.</p>',
      200,
      'Please check that the organization number is still active. Vipps deactivates merchants when they are deleted.',
    ],
    [
      'words that only join code blocks are passed over (HTTP 401)',
      '<p>The reason is in the response body, such as:</p><pre><code>Access denied.</code></pre><p>or</p><pre><code>{"errorCode":"Unauthorized"}</code></pre><p>You need to check that you are providing the correct API keys.\nPlease follow these steps:</p><ol><li id="step-1">Check the keys.</li></ol>',
      320,
      'You need to check that you are providing the correct API keys.',
    ],
    [
      'a list introduced on its own gives the first sentence of each item that fits',
      '<p>The most common reasons are:</p><ol><li>The card has expired.\nUsers must update it.</li><li>Insufficient funds on the card.</li><li>Payment limit reached.</li></ol>',
      90,
      'The most common reasons are: The card has expired. Insufficient funds on the card.',
    ],
    [
      'a nested list of an item does not run into its sentence (client_id client_secret)',
      '<p>Check these:</p><ol><li>Check the credentials<ul><li><code>client_id</code></li><li><code>client_secret</code></li></ul></li></ol>',
      160,
      'Check these: Check the credentials',
    ],
    [
      'short paragraphs run on while whole sentences fit, up to a pointer elsewhere',
      '<p>It depends. You must check the body of the response.</p><p>It could be a missing endpoint.</p><p>See: Errors.</p>',
      100,
      'It depends. You must check the body of the response. It could be a missing endpoint.',
    ],
    [
      'a paragraph that introduces a list ends the summary before its introduction',
      '<p>Vipps cannot keep money for merchants.</p><p>There are options:</p><ul><li>Use a partner.</li></ul>',
      300,
      'Vipps cannot keep money for merchants.',
    ],
    [
      'an answer that is only a list reads its text',
      '<ul><li>Use the test keys.</li><li>Use the test app.</li></ul>',
      160,
      'Use the test keys. Use the test app.',
    ],
    ['an empty answer has an empty summary', '', 160, ''],
  ])('%s', (_case, html, max, summary) => {
    expect(summariseAnswer(html, max)).toBe(summary);
  });
});
