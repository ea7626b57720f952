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
