import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, Matches } from 'class-validator';
import { TextField } from '../common/fields';

export class CreateUnitDto {
  @ApiProperty({ example: 'PDI' })
  @IsString()
  @Matches(/^[A-Z0-9-]{2,20}$/, { message: 'code must be 2-20 uppercase letters, digits or hyphens' })
  code: string;

  @TextField(200, { example: 'Subbagian Perencanaan, Data dan Informasi' }) name: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class UpdateUnitDto extends PartialType(CreateUnitDto) {}
