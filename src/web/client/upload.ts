import { apiErrorOf, ApiError } from './api-error.js';
import { CSRF_HEADER, type Http } from './http.js';

/** How far an upload has got: bytes sent so far, or sent and waiting for the server to process. */
export type UploadProgress =
  | { readonly phase: 'sending'; readonly loaded: number; readonly total: number }
  | { readonly phase: 'processing' };

/**
 * POSTs a multipart form with XMLHttpRequest, which (unlike fetch) reports upload progress
 * (XHR Living Standard, `upload.onprogress`). Resolves with the parsed JSON answer; rejects with an
 * {@link ApiError} as `Http.request` does.
 */
export function uploadForm<T>(
  http: Http,
  path: string,
  form: FormData,
  onProgress: (progress: UploadProgress) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', http.url(path));
    xhr.setRequestHeader('accept', 'application/json');
    const csrf = http.csrfToken();
    if (csrf !== null) xhr.setRequestHeader(CSRF_HEADER, csrf);
    xhr.responseType = 'text';
    xhr.upload.onprogress = (e) => {
      onProgress({ phase: 'sending', loaded: e.loaded, total: e.lengthComputable ? e.total : 0 });
    };
    xhr.upload.onload = () => {
      onProgress({ phase: 'processing' });
    };
    xhr.onerror = () => {
      reject(new ApiError(0, 'NETWORK', 'the upload failed: the server could not be reached'));
    };
    xhr.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // Not JSON (a proxy's error page): the status decides the message below.
        body = undefined;
      }
      if (xhr.status === 401) http.unauthenticated();
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as T);
      else reject(apiErrorOf(xhr.status, body));
    };
    xhr.send(form);
  });
}
