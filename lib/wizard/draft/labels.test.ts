import { describe, expect, it } from 'vitest';
import { problemLabel, productName } from './labels';

describe('problemLabel', () => {
  it.each([
    ['Why do I get HTTP 401 Unauthorized?', 'HTTP 401 Unauthorized'],
    ['Why has one of my customers been charged twice for the same payment?', 'A customer was charged twice for the same payment'],
    ['Why does capture fail?', 'Capture fails'],
    ['Why do payments fail?', 'Payments fail'],
    ["Why don't I receive the payment notification?", "I don't receive the payment notification"],
    ["Why can't I log in to my account?", "I can't log in to my account"],
    ['Why am I not sent back to the shop when I have paid?', 'I am not sent back to the shop when I have paid'],
    ['Why are the customer names not shown on the overview?', 'The customer names are not shown on the overview'],
    ['Why do I get errorCode 35 "Requested Order not found"?', 'errorCode 35 "Requested Order not found"'],
    ['Why do I get unauthorized_client?', 'unauthorized_client'],
    ['Why do I get the error merchant.not.allowed?', 'Error merchant.not.allowed'],
    ['Why do I get a CORS error?', 'A CORS error'],
    ['What happens if the card expires?', 'The card expires'],
    ["If a user's card expires: What happens on the next charge?", "A user's card expires"],
    ['What happens to pending charges if the user deletes the payment card?', 'The user deletes the payment card'],
    ['If a user changes the default card, can new charges be made to it?', 'A user changes the default card'],
    ['My order never arrived', 'My order never arrived'],
    ['The app crashes when I open my basket', 'The app crashes when I open my basket'],
    ['Why was the card declined, really?', 'Why was the card declined, really?'],
  ])('%s → %s', (title, label) => {
    expect(problemLabel(title)).toBe(label);
  });
});

describe('productName', () => {
  it.each([
    ['Vipps Recurring API: Frequently Asked Questions', 'Vipps Recurring API'],
    ['Checkout API Frequently Asked Questions', 'Checkout API'],
    ['FAQs: Reservations and capture', 'Reservations and capture'],
    ['pnpm.io FAQ', 'pnpm.io'],
    ['FAQ', 'FAQ'],
    ['Links between FAQs', 'Links between FAQs'],
  ])('%s → %s', (title, name) => {
    expect(productName(title)).toBe(name);
  });
});
