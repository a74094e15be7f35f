import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from '../src/find-json-syntax-error.js';

describe('findJsonSyntaxError', () => {
  it('finds a trailing comma at its line and column', () => {
    const text = '{\n  "id": "e1",\n  "version": 1,\n}\n';

    expect(findJsonSyntaxError(text)).toEqual({
      offset: 32,
      line: 4,
      column: 1,
      message: 'expected a double-quoted property name (no trailing comma, no single quotes)',
    });
  });

  it('points at a misspelt literal', () => {
    const problem = findJsonSyntaxError('{\n  "explain": tru\n}');

    expect(problem).toMatchObject({ line: 2, column: 14 });
    expect(problem?.message).toMatch(/^expected a value/);
  });

  it('reports a missing colon, a missing comma and an unclosed object', () => {
    expect(findJsonSyntaxError('{"a" 1}')).toMatchObject({
      line: 1,
      column: 6,
      message: "expected ':' after the property name",
    });
    expect(findJsonSyntaxError('[1 2]')).toMatchObject({
      column: 4,
      message: "expected ',' or ']' after the array item",
    });
    expect(findJsonSyntaxError('{"a": 1')?.message).toBe(
      "unexpected end of file: expected ',' or '}' after the property value",
    );
  });

  it('rejects what JSON.parse rejects and accepts what it accepts', () => {
    const broken = ["{'a':1}", '[1,]', '01', '"a\tb"', '"\\x"', '[1]x', '', '-', '1.', '"\\u12"'];
    for (const text of broken) {
      expect(() => JSON.parse(text)).toThrow();
      expect(findJsonSyntaxError(text), text).toBeDefined();
    }

    const fine = ['{}', '[]', '0', '-0.5e+3', '"\\u00e9\\n"', ' {"a":[true,false,null,{"b":""}]} '];
    for (const text of fine) {
      expect(() => JSON.parse(text)).not.toThrow();
      expect(findJsonSyntaxError(text), text).toBeUndefined();
    }
  });
});
