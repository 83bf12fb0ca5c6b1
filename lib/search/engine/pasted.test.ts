import { describe, expect, it } from 'vitest';
import { looksPasted, reducePasted } from './pasted';

describe('looksPasted', () => {
  it.each([
    ['{"errorCode": "35", "errorMessage": "Requested Order not found"}', true],
    ['2024-02-12T09:41:07Z ERROR capture failed orderId=shop-1 status=400', true],
    ['Error: boom\n    at capture (/srv/shop/vipps.js:16:15)', true],
    ['why does capture fail?', false],
    ['errorCode 35', false],
    ['status 400 when we capture', false],
  ])('%s → %s', (query, pasted) => {
    expect(looksPasted(query)).toBe(pasted);
  });
});

describe('reducePasted', () => {
  it('reduces a JSON error body to its error code and message', () => {
    expect(reducePasted('{"errorCode": "35", "errorMessage": "Requested Order not found"}')).toBe('errorCode 35 ; Requested Order not found');
  });

  it('keeps a log line’s status, code, message and own words, without timestamps, ids, keys or levels', () => {
    const line =
      '2024-02-12T09:41:07.332Z ERROR [order-worker] capture failed orderId=webshop-104233 status=400 ' +
      'body=[{"errorGroup":"Payment","errorMessage":"Captured amount exceeds the reserved amount","errorCode":"61","contextId":"5c1f2a9e-0b7d-4e8c-9a41-7d2f6b3e1c90"}]';
    expect(reducePasted(line)).toBe('HTTP 400 ; errorCode 61 ; Captured amount exceeds the reserved amount ; order-worker capture failed');
  });

  it('reads a status from a stack trace and a quoted message from a response, and the path of the URL called', () => {
    expect(reducePasted('com.shop.VippsClient: HTTP 401 Unauthorized\n\tat com.shop.VippsClient.capture(VippsClient.java:88)')).toBe('HTTP 401 ; HTTP 401 Unauthorized');
    expect(reducePasted('POST https://api.vipps.no/ecomm/v2/payments x-request-id: 7f3c0e52-1d9a-4c6b-b2f0-93e4a8d1c6aa response: "Invalid MSN: 212233. Check your keys."')).toBe(
      'Invalid MSN: 212233. Check your keys. ; POST ecomm payments response:',
    );
  });

  it('leaves a typed query as it is', () => {
    expect(reducePasted('capture failed with status 400')).toBe('capture failed with status 400');
  });
});
