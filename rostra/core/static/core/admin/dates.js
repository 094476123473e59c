// Dates that the admin's scripts write, in the admin's language (<html lang>), not the
// browser's. Wagtail's page comments format their dates with `new Intl.DateTimeFormat([])`,
// "the browser's language": an editor whose admin is in Russian, in an English browser, read
// "Nov 29, 2026, 9:33 PM" beside Russian text. A script that names its language keeps it.
(function () {
  "use strict";
  var language = document.documentElement.lang;
  if (!language || !window.Intl || !Intl.DateTimeFormat) return;
  try {
    new Intl.DateTimeFormat(language);
  } catch (error) {
    return; // a language tag the browser does not know: leave the browser's own
  }

  function unnamed(locales) {
    return locales === undefined || (Array.isArray(locales) && locales.length === 0);
  }

  var Original = Intl.DateTimeFormat;
  function DateTimeFormat(locales, options) {
    return new Original(unnamed(locales) ? language : locales, options);
  }
  DateTimeFormat.prototype = Original.prototype;
  DateTimeFormat.supportedLocalesOf = Original.supportedLocalesOf;
  Intl.DateTimeFormat = DateTimeFormat;

  ["toLocaleString", "toLocaleDateString", "toLocaleTimeString"].forEach(function (name) {
    var original = Date.prototype[name];
    Date.prototype[name] = function (locales, options) {
      return original.call(this, unnamed(locales) ? language : locales, options);
    };
  });
})();
