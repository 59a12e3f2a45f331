// A refused form's message (a validation summary marked data-focus-on-load by the server) takes focus when the page
// loads, so it is scrolled into view and read out even when the form was far down the page. (The refused forms post
// to URLs without a #fragment on purpose: Chrome clears focus when it scrolls to a fragment that cannot take focus.)
(() => {
    const focus = () => {
        const message = document.querySelector('[data-focus-on-load]');
        if (message) {
            message.focus();
        }
    };
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', focus);
    } else {
        focus();
    }
})();
