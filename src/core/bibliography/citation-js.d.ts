// The little of citation-js's API used here (the package ships no types).
declare module '@citation-js/core' {
  export const plugins: {
    input: {
      chain(data: unknown, options?: { forceType?: string; target?: string; generateGraph?: boolean }): unknown;
    };
    config: {
      get(name: '@csl'): {
        styles: { add(name: string, xml: string): void; has(name: string): boolean };
        locales: { add(name: string, xml: string): void; has(name: string): boolean };
      };
    };
    output: {
      format(name: 'bibliography', data: unknown[], options?: { format?: 'text' | 'html'; template?: string; lang?: string }): string;
    };
  };
}
