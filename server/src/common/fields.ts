import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
} from 'class-validator';

/*
 * Fields of request bodies, the commonest stacks of validators in one decorator each. The validators are
 * applied in the order the same stack written out would apply them (bottom up), so the constraints and the first
 * message a 400 gives are those of the stack.
 */

/** A required text, not empty, of at most `max` characters. */
export const TextField = (max: number, api?: ApiPropertyOptions) =>
  applyDecorators(MaxLength(max), IsNotEmpty(), IsString(), ApiProperty(api));

/** An optional text of at most `max` characters. */
export const OptionalTextField = (max: number, api?: ApiPropertyOptions) =>
  applyDecorators(MaxLength(max), IsString(), IsOptional(), ApiPropertyOptional(api));

/** A required choice of one or more of `values`, each at most once. */
export const ChoicesField = (values: readonly string[], api?: ApiPropertyOptions) =>
  applyDecorators(
    IsIn(values as string[], { each: true }),
    ArrayUnique(),
    ArrayMaxSize(values.length),
    ArrayMinSize(1),
    IsArray(),
    ApiProperty({ enum: values as string[], isArray: true, ...api } as ApiPropertyOptions),
  );
