import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, relative } from 'node:path';
import { generateBlockTypes } from './block-types.js';

/** `pnpm codegen`: writes the generated params types of every plugin's block schemas. */
const files = await generateBlockTypes();
for (const file of files) {
  await mkdir(dirname(file.outputPath), { recursive: true });
  await writeFile(file.outputPath, file.content);
  console.log(`wrote ${relative(process.cwd(), file.outputPath)}`);
}
