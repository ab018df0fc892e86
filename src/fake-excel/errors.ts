/**
 * Errors shaped like office-js's OfficeExtension.Error (name "RichApi.Error", a `code` from
 * Excel.ErrorCodes, a `debugInfo`), so that the adapter handles the fake's errors and Excel's alike.
 * Their messages are Excel's own (English): the adapter turns them into French for the user.
 */
export class FakeOfficeError extends Error {
  override readonly name = "RichApi.Error";
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.code = code;
    this.debugInfo = errorLocation === undefined ? { code, message } : { code, message, errorLocation };
  }
}

export function propertyNotLoaded(property: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the ` +
      `containing object and call "context.sync()" on the associated request context.`,
  );
}

export function valueNotLoaded(): FakeOfficeError {
  return new FakeOfficeError(
    "ValueNotLoaded",
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" ' +
      "on the associated request context.",
  );
}

export function itemNotFound(what: string): FakeOfficeError {
  return new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.", what);
}

export function invalidArgument(message: string, location?: string): FakeOfficeError {
  return new FakeOfficeError("InvalidArgument", message, location);
}

export function accessDenied(location: string): FakeOfficeError {
  return new FakeOfficeError(
    "AccessDenied",
    "The cell or chart you're trying to change is on a protected sheet. To make a change, unprotect the sheet.",
    location,
  );
}

export function apiNotFound(api: string, set: string): FakeOfficeError {
  return new FakeOfficeError(
    "ApiNotFound",
    `The API you are trying to use could not be found. It may be available in a newer version of Excel (${set}).`,
    api,
  );
}
