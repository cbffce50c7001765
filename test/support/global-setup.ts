import { execFileSync } from 'node:child_process';

/** The CLI tests run the built command, as a user would: build once before the integration files. */
export default function setup(): void {
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
}
