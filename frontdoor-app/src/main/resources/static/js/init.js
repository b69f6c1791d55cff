// Marks the page as having JavaScript before it renders, so GOV.UK components can enhance it.
// Kept in a file, not inline, so the Content-Security-Policy can forbid inline scripts.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
