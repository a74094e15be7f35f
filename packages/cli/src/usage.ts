/** The help text of `pnpm cli --help`. */
export const USAGE = `Usage: pnpm cli <command> [options]

Commands:
  evaluate --campaign <file...> --context <file> [--no-explain]
      Evaluate an order or event against campaign documents; prints the EvaluationResult
      as JSON (amounts in integer fen).
  validate <file...> [--kind campaign|context]
      Print every problem with its JSON path and message; exit 1 when there is any,
      otherwise print "valid".
  instantiate <templateId> [--params <file>] [--id <campaign-id>] [--branch <branch-id>]
      Print the campaign document a template makes (defaults fill what --params leaves out).
  templates [--json]
      List the templates of the loaded plugins.

Options of every command:
  --lang en|zh-CN     language of messages (default en)
  --plugin <spec>     load this plugin instead of the defaults (or of PLUGINS=a,b, as the
                      server reads it); a package name or a path; repeat for several
  -h, --help          show this help

Exit codes: 0 done, 1 problems found (validate), 2 wrong usage or a bad input file.
`;
