import { Injectable } from '@nestjs/common';
import { hash, verify, Algorithm } from '@node-rs/argon2';

export const PASSWORD_MIN_LENGTH = 12;

/** argon2id (OWASP minimums: 19 MiB, t=2, p=1). */
@Injectable()
export class PasswordHasher {
  async hash(password: string): Promise<string> {
    return hash(password, { algorithm: Algorithm.Argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 });
  }

  private dummy?: Promise<string>;

  /** Verifies against a real hash of a random password when the user is unknown, so timing does not reveal which usernames exist. */
  async verifyOrDummy(hashed: string | undefined, password: string): Promise<boolean> {
    if (hashed) return this.verify(hashed, password);
    this.dummy ??= this.hash(`dummy-${Math.random()}-${Date.now()}`);
    await this.verify(await this.dummy, password);
    return false;
  }

  async verify(hashed: string, password: string): Promise<boolean> {
    try {
      return await verify(hashed, password);
    } catch {
      return false;
    }
  }
}
