import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { ELECTION_KINDS, REGIMES } from '@lentera/reports/legal';

/*
 * The optional fields that classify a matter by information regime, as a request, a web submission, a verification,
 * a register and the metrics take them. The validators are applied in the order a stack of the same decorators
 * would apply them (bottom up), so the constraints and their messages are those of the stack.
 */

/** general: public information (UU 14/2008); election: information about the Pemilu/Pemilihan (PerKI 1/2019). */
export const RegimeField = (o: { description?: string; message?: string } = {}) =>
  applyDecorators(
    IsIn(REGIMES as unknown as string[], o.message === undefined ? undefined : { message: o.message }),
    IsOptional(),
    ApiPropertyOptional({ enum: REGIMES, ...(o.description !== undefined && { description: o.description }) }),
  );

/** For the election regime: a Pemilu or a Pemilihan. */
export const ElectionKindField = (description?: string) =>
  applyDecorators(
    IsIn(ELECTION_KINDS as unknown as string[]),
    IsOptional(),
    ApiPropertyOptional({ enum: ELECTION_KINDS, ...(description !== undefined && { description }) }),
  );

/** For the election regime: the name of the election, or its stage. */
export const ElectionTextField = (example?: string) =>
  applyDecorators(
    MaxLength(150),
    IsString(),
    IsOptional(),
    ApiPropertyOptional(example === undefined ? {} : { example }),
  );
