import { describe, expect, it } from 'vitest';
import { categoryUrl, documentUrl, files, mapPageUrl, mapUrl, questionUrl, searchUrl, stepUrl, wizardUrl } from './routes';

describe('routes', () => {
  it.each([
    [questionUrl('why-do-i-get-http-401'), '/q/why-do-i-get-http-401/'],
    [stepUrl('why-do-i-get-http-401', 3), '/q/why-do-i-get-http-401/#step-3'],
    [categoryUrl('common-errors'), '/c/common-errors/'],
    [categoryUrl('common-errors', 1), '/c/common-errors/'],
    [categoryUrl('common-errors', 2), '/c/common-errors/page/2/'],
    [documentUrl('vipps-ecom-api-faq'), '/d/vipps-ecom-api-faq/'],
    [documentUrl('vipps-ecom-api-faq', 1), '/d/vipps-ecom-api-faq/'],
    [documentUrl('vipps-ecom-api-faq', 3), '/d/vipps-ecom-api-faq/page/3/'],
    [wizardUrl(), '/wizard/'],
    [wizardUrl('http-401'), '/wizard/http-401/'],
    [wizardUrl('http-401', { via: 'http-status.api-error' }), '/wizard/http-401/?via=http-status.api-error'],
    [wizardUrl('http-401', { via: '' }), '/wizard/http-401/?via='],
    [wizardUrl(undefined, { q: 'paid twice & more' }), '/wizard/?q=paid%20twice%20%26%20more'],
    [searchUrl(), '/search/'],
    [searchUrl('errorCode 35 #1'), '/search/?q=errorCode%2035%20%231'],
    [mapUrl(), '/map/'],
    [mapUrl('common-errors'), '/map/common-errors/'],
    [mapPageUrl(1), '/map/'],
    [mapPageUrl(2), '/map/page/2/'],
    [files.neighbourhood('x'), '/q/x/neighbourhood.svg'],
  ])('%s', (url, expected) => {
    expect(url).toBe(expected);
  });
});
