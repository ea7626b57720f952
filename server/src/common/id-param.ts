import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { Errors } from './errors';

/** Parses a positive integer path parameter; anything else is a 400 naming the parameter. */
@Injectable()
export class IdPipe implements PipeTransform<string, number> {
  transform(value: string, meta: ArgumentMetadata): number {
    const name = meta.data ?? 'id';
    if (!/^\d{1,12}$/.test(value) || Number(value) < 1 || !Number.isSafeInteger(Number(value)))
      throw Errors.field(name, `${name} harus bilangan bulat positif`, `${name} must be a positive integer`);
    return Number(value);
  }
}

/**
 * Several id path parameters checked in the order given (the first wrong one is named), e.g.
 * `@Param(new IdsPipe(['id', 'documentId'])) p: { id: number; documentId: number }`. Separate `@Param` pipes would
 * run in the order the decorators were applied, which is not the order of the path.
 */
@Injectable()
export class IdsPipe implements PipeTransform<Record<string, string>, Record<string, number>> {
  private readonly one = new IdPipe();

  constructor(private readonly names: readonly string[]) {}

  transform(params: Record<string, string>): Record<string, number> {
    const out: Record<string, number> = {};
    for (const name of this.names) out[name] = this.one.transform(params[name], { type: 'param', data: name });
    return out;
  }
}
