/** Where a JSON text first breaks the grammar, 1-based line and column, with what was wrong. */
export interface JsonSyntaxError {
  offset: number;
  line: number;
  column: number;
  message: string;
}

class SyntaxStop {
  constructor(
    readonly offset: number,
    readonly message: string,
  ) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

/**
 * Finds the first syntax error of a JSON text, or undefined when it parses. `JSON.parse`
 * reports a position for some errors and not others, differently per Node version; a
 * marketer editing a file by hand needs the line and column every time.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const scanner = new Scanner(text);
  try {
    scanner.document();
    return undefined;
  } catch (error) {
    if (!(error instanceof SyntaxStop)) {
      throw error;
    }

    return { offset: error.offset, ...lineAndColumn(text, error.offset), message: error.message };
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lastBreak = before.lastIndexOf('\n');

  return { line: before.split('\n').length, column: offset - lastBreak };
}

class Scanner {
  private at = 0;

  constructor(private readonly text: string) {}

  document(): void {
    this.value();
    this.space();
    if (this.at < this.text.length) {
      this.stop('unexpected text after the end of the JSON value');
    }
  }

  private value(): void {
    this.space();
    const char = this.text[this.at];
    if (char === '{') {
      this.object();
    } else if (char === '[') {
      this.array();
    } else if (char === '"') {
      this.string();
    } else if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) {
      this.number();
    } else if (!this.literal('true') && !this.literal('false') && !this.literal('null')) {
      this.stop('expected a value (object, array, string, number, true, false or null)');
    }
  }

  private object(): void {
    this.at += 1;
    this.space();
    if (this.take('}')) {
      return;
    }

    for (;;) {
      this.space();
      if (this.text[this.at] !== '"') {
        this.stop('expected a double-quoted property name (no trailing comma, no single quotes)');
      }

      this.string();
      this.space();
      if (!this.take(':')) {
        this.stop("expected ':' after the property name");
      }

      this.value();
      this.space();
      if (this.take('}')) {
        return;
      }

      if (!this.take(',')) {
        this.stop("expected ',' or '}' after the property value");
      }
    }
  }

  private array(): void {
    this.at += 1;
    this.space();
    if (this.take(']')) {
      return;
    }

    for (;;) {
      this.space();
      if (this.text[this.at] === ']') {
        this.stop("expected a value after ',' (no trailing comma)");
      }

      this.value();
      this.space();
      if (this.take(']')) {
        return;
      }

      if (!this.take(',')) {
        this.stop("expected ',' or ']' after the array item");
      }
    }
  }

  private string(): void {
    this.at += 1;
    for (;;) {
      const char = this.text[this.at];
      if (char === undefined || char === '\n') {
        this.stop('unterminated string');
      }

      if (char === '"') {
        this.at += 1;
        return;
      }

      if (char < ' ') {
        this.stop('control character inside a string (escape it, e.g. \\t)');
      }

      if (char === '\\') {
        this.escape();
      } else {
        this.at += 1;
      }
    }
  }

  private escape(): void {
    const kind = this.text[this.at + 1];
    if (kind === 'u' && /^[0-9a-fA-F]{4}$/.test(this.text.slice(this.at + 2, this.at + 6))) {
      this.at += 6;
    } else if (kind !== undefined && ESCAPES.has(kind)) {
      this.at += 2;
    } else {
      this.stop('invalid escape sequence in a string');
    }
  }

  private number(): void {
    NUMBER.lastIndex = this.at;
    const match = NUMBER.exec(this.text);
    if (!match) {
      this.stop('invalid number');
    }

    this.at += match[0].length;
  }

  private literal(word: string): boolean {
    if (!this.text.startsWith(word, this.at)) {
      return false;
    }

    this.at += word.length;
    return true;
  }

  private take(char: string): boolean {
    if (this.text[this.at] !== char) {
      return false;
    }

    this.at += 1;
    return true;
  }

  private space(): void {
    while (/[ \t\n\r]/.test(this.text[this.at] ?? '')) {
      this.at += 1;
    }
  }

  private stop(message: string): never {
    const atEnd = this.at >= this.text.length;

    throw new SyntaxStop(this.at, atEnd ? `unexpected end of file: ${message}` : message);
  }
}
