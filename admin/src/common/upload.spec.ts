import { MAX_UPLOAD_BYTES, formatBytes, uploadProblem } from './upload';

describe('uploadProblem', () => {
  it('accepts a PDF, JPEG or PNG of at most 5 MB', () => {
    expect(uploadProblem({ name: 'ktp.pdf', size: 1000, type: 'application/pdf' })).toBeNull();
    expect(uploadProblem({ name: 'ktp.jpg', size: MAX_UPLOAD_BYTES, type: 'image/jpeg' })).toBeNull();
    expect(uploadProblem({ name: 'ktp.png', size: 10, type: 'image/png' })).toBeNull();
  });

  it('rejects a missing, empty or too large file', () => {
    expect(uploadProblem(null)).toBe('lentera.upload.required');
    expect(uploadProblem({ name: 'a.pdf', size: 0, type: 'application/pdf' })).toBe('lentera.upload.required');
    expect(uploadProblem({ name: 'a.pdf', size: MAX_UPLOAD_BYTES + 1, type: 'application/pdf' })).toBe(
      'lentera.upload.too_large',
    );
  });

  it('rejects other types, trusting the extension only when the browser gives no type', () => {
    expect(
      uploadProblem({
        name: 'a.docx',
        size: 10,
        type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      }),
    ).toBe('lentera.upload.wrong_type');
    expect(uploadProblem({ name: 'a.pdf', size: 10, type: 'text/html' })).toBe('lentera.upload.wrong_type');
    expect(uploadProblem({ name: 'scan.PDF', size: 10, type: '' })).toBeNull();
  });
});

describe('formatBytes', () => {
  it('shows sizes in B, KB and MB', () => {
    expect(formatBytes(512, 'en')).toBe('512 B');
    expect(formatBytes(2048, 'en')).toBe('2 KB');
    expect(formatBytes(1.5 * 1024 * 1024, 'id')).toBe('1,5 MB');
  });
});
