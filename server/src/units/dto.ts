import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export class CreateUnitDto {
  @ApiProperty({ example: 'PDI' })
  @IsString()
  @Matches(/^[A-Z0-9-]{2,20}$/, { message: 'code must be 2-20 uppercase letters, digits or hyphens' })
  code: string;

  @ApiProperty({ example: 'Subbagian Perencanaan, Data dan Informasi' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class UpdateUnitDto extends PartialType(CreateUnitDto) {}
