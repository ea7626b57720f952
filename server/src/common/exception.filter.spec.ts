import { BadRequestException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { toErrorResponse } from './exception.filter';

/** A driver error as mysql2 / better-sqlite3 raise it, wrapped by TypeORM. */
function dbError(code: string, message: string): QueryFailedError {
  const driverError = Object.assign(new Error(message), { code });
  return new QueryFailedError('INSERT …', [], driverError);
}

describe('toErrorResponse: database refusals become a 4xx naming the field, never a 500', () => {
  it('maps a value too long for its column (MySQL counts code points) to 400 with the column', () => {
    const { status, body } = toErrorResponse(
      dbError('ER_DATA_TOO_LONG', "Data too long for column 'title' at row 1"),
      'id',
    );
    expect(status).toBe(400);
    expect(body.message).toBe('Isian tidak valid: title terlalu panjang');
    expect(body.fields).toEqual({ title: 'title melebihi panjang yang diizinkan' });
    expect(
      toErrorResponse(dbError('ER_DATA_TOO_LONG', "Data too long for column 'title' at row 1"), 'en').body.message,
    ).toBe('Invalid input: title is too long');
  });

  it('maps a value the column cannot hold to 400 with the column', () => {
    const { status, body } = toErrorResponse(
      dbError(
        'ER_TRUNCATED_WRONG_VALUE_FOR_FIELD',
        "Incorrect string value: '\\xF0\\x9F' for column `lentera`.`dip_entries`.`summary` at row 1",
      ),
      'en',
    );
    expect(status).toBe(400);
    expect(Object.keys(body.fields ?? {})).toEqual(['summary']);
  });

  it('maps NOT NULL on either engine to 400 with the column, a duplicate to 409, a deadlock to 409', () => {
    expect(
      toErrorResponse(dbError('SQLITE_CONSTRAINT_NOTNULL', 'NOT NULL constraint failed: offices.name'), 'en').body
        .fields,
    ).toEqual({ name: 'name is required (it may not be null)' });
    expect(toErrorResponse(dbError('ER_BAD_NULL_ERROR', "Column 'name' cannot be null"), 'en').status).toBe(400);
    expect(toErrorResponse(dbError('ER_DUP_ENTRY', "Duplicate entry 'x' for key 'u'"), 'en').status).toBe(409);
    expect(toErrorResponse(dbError('ER_LOCK_DEADLOCK', 'Deadlock found'), 'en').status).toBe(409);
  });

  it('keeps an unknown database error a 500 without its text', () => {
    const { status, body } = toErrorResponse(dbError('ER_SOMETHING_ELSE', 'secret table names'), 'en');
    expect(status).toBe(500);
    expect(JSON.stringify(body)).not.toContain('secret');
  });

  it('passes an HttpException through', () => {
    expect(toErrorResponse(new BadRequestException('x'), 'en').status).toBe(400);
  });
});
