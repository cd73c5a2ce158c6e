export { useResource, type Resource, type LoadedResource } from './use-resource.js';
export { AsyncView, ErrorMessage, type AsyncViewProps } from './async-view.js';
export { Dialog, type DialogProps } from './dialog.js';
export { formatDecimal, formatShort, headlinePlaces } from './format-number.js';
export { FormMessage, type FormMessageProps, type FormOutcome } from './form-message.js';
