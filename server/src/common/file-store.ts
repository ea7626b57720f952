import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { APP_CONFIG, AppConfig } from '../config/config';

/** Where uploaded files live: a directory outside the web root, files named by random keys. Tests may swap it. */
@Injectable()
export class FileStore {
  private readonly root: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.root = config.filesDir;
  }

  async put(bytes: Buffer): Promise<string> {
    const key = randomUUID();
    const dir = path.join(this.root, key.slice(0, 2));
    await fs.mkdir(dir, { recursive: true });
    await fs.writeFile(path.join(dir, key), bytes, { flag: 'wx', mode: 0o640 });
    return key;
  }

  async get(key: string): Promise<Buffer> {
    if (!/^[0-9a-f-]{36}$/.test(key)) throw new Error('invalid storage key');
    return fs.readFile(path.join(this.root, key.slice(0, 2), key));
  }

  async remove(key: string): Promise<void> {
    if (!/^[0-9a-f-]{36}$/.test(key)) return;
    await fs.rm(path.join(this.root, key.slice(0, 2), key), { force: true });
  }
}
