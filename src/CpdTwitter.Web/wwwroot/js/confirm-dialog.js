// A form marked data-confirm="dialog-id" asks in that native <dialog> before it is sent. Without this script the form
// still carries its own confirmation: a required "Yes, …" checkbox the server also checks. With it, the checkbox is
// hidden and ticked by the dialog's confirm button.
(() => {
    const enhance = (form) => {
        const dialog = document.getElementById(form.dataset.confirm);
        const box = form.querySelector('[data-confirm-box]');
        if (!dialog || !box || typeof dialog.showModal !== 'function') {
            return;
        }

        const checkbox = box.querySelector('input[type=checkbox]');
        box.hidden = true;
        checkbox.required = false;
        let submitter = null;
        form.addEventListener('submit', (event) => {
            if (checkbox.checked) {
                return;
            }

            event.preventDefault();
            submitter = event.submitter;
            dialog.returnValue = '';
            dialog.showModal();
        });
        dialog.addEventListener('close', () => {
            if (dialog.returnValue === 'confirm') {
                checkbox.checked = true;
                form.requestSubmit(submitter);
            } else if (submitter) {
                submitter.focus();
            }
        });
    };
    const start = () => document.querySelectorAll('form[data-confirm]').forEach(enhance);
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
