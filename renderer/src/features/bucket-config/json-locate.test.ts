import { describe, expect, it } from 'vitest';
import { jsonPathLine, lineAt, parseJson } from './json-locate.js';

const doc = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": "s3:GetObject",
      "Resource": ["arn:aws:s3:::a/*", "arn:aws:s3:::a"]
    },
    {
      "Effect": "Deny",
      "Action": ["s3:*"]
    }
  ]
}`;

describe('lineAt', () => {
  it('counts lines from 1', () => {
    expect(lineAt('a\nb\nc', 0)).toBe(1);
    expect(lineAt('a\nb\nc', 4)).toBe(3);
  });
});

describe('parseJson', () => {
  it('places a syntax error on the line where parsing stopped', () => {
    const result = parseJson('{\n  "a": 1,\n  "b": 2\n  "c": 3\n}');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.line).toBe(4);
  });

  it('places a truncated text on its last line', () => {
    const result = parseJson('{\n  "a": [1,\n');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.line).toBe(3);
  });
});

describe('jsonPathLine', () => {
  it('finds keys and array items', () => {
    expect(jsonPathLine(doc, 'Version')).toBe(2);
    expect(jsonPathLine(doc, 'Statement.1.Effect')).toBe(10);
    expect(jsonPathLine(doc, 'Statement.1.Action.0')).toBe(11);
  });

  it('falls back to the nearest enclosing value that exists', () => {
    expect(jsonPathLine(doc, 'Statement.0.Action.0')).toBe(6);
    expect(jsonPathLine(doc, 'Statement.1.Resource')).toBe(9);
    expect(jsonPathLine(doc, '')).toBe(1);
  });

  it('answers nothing for text that is not JSON', () => {
    expect(jsonPathLine('{', 'a')).toBeUndefined();
  });
});
