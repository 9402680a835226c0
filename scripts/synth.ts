// `npm run synth -- <command> [flags]`: generators of synthetic data. Each command lives in a module
// of its own under scripts/synth/; adding one is an import and an entry in COMMANDS.

import { documentsCommand } from './synth/documents/index';
import { warehouseCommand } from './synth/warehouse-command';

type Command = (argv: string[]) => Promise<number>;

const COMMANDS: Record<string, { run: Command; usage: string }> = {
  documents: {
    run: documentsCommand,
    usage:
      'documents --units N --years YYYY-YYYY --out DIR [--seed S] [--formats text,gbk,html,docx,xlsx,pdf] [--layouts …] [--every]',
  },
  warehouse: {
    run: warehouseCommand,
    usage: 'warehouse --units N --years Y [--first-year YYYY] --projects-per-unit P --db FILE [--seed S]',
  },
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    console.error(
      `usage: npm run synth -- <command> [flags]\n${Object.values(COMMANDS)
        .map((c) => `  ${c.usage}`)
        .join('\n')}`,
    );
    return 2;
  }
  return command.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  },
);
