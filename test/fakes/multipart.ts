import busboy from 'busboy';

/** A file uploaded with multipart/form-data, as the fakes keep it. */
export interface UploadedFile {
  filename: string;
  type: string;
  bytes: Buffer;
}

/**
 * A multipart/form-data body: text fields (JSON-decoded where they parse) and files. busboy
 * reads it as leniently as Telegram does (grammY writes `content-disposition:form-data;name=...`
 * without spaces, which Node's own FormData parser refuses).
 */
export function readMultipart(body: Buffer, contentType: string): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const fields: Record<string, unknown> = {};
    const reading: Promise<void>[] = [];
    const parser = busboy({ headers: { 'content-type': contentType } });
    parser.on('field', (name, value) => (fields[name] = parseField(value)));
    parser.on('file', (name, stream, info) => {
      const chunks: Buffer[] = [];
      reading.push(
        new Promise((done) => {
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            fields[name] = { filename: info.filename ?? '', type: info.mimeType, bytes: Buffer.concat(chunks) } satisfies UploadedFile;
            done();
          });
        }),
      );
    });
    parser.on('error', reject);
    parser.on('close', () => void Promise.all(reading).then(() => resolve(fields)));
    parser.end(body);
  });
}

function parseField(v: string): unknown {
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
}
