;;; copydesk-eglot.el --- copydesk language server for plain text and Markdown via Eglot  -*- lexical-binding: t; -*-

;; Load this file from your init file (see README.md in this folder).  It registers `copydesk lsp' with Eglot
;; for `text-mode' and the Markdown modes, and starts it in buffers visiting .txt and .md files only, so that
;; other text-derived buffers (Org files, commit messages, mail) are left alone.

;;; Code:

(require 'eglot)

(defgroup copydesk nil
  "House-style checking of Chinese newspaper copy with copydesk."
  :group 'text
  :prefix "copydesk-")

(defcustom copydesk-program '("copydesk" "lsp")
  "Command that starts the copydesk language server."
  :type '(repeat string))

(defcustom copydesk-initialization-options nil
  "Settings sent as initializationOptions; the same shape as .copydesk.json.
A plist such as (:profile \"web\" :language \"en\" :rules (:space-cjk \"off\")),
or nil to use only .copydesk.json.  Allowed keys: :profile, :language,
:extensions, :rules, :data, and the server's own :debounceMs."
  :type '(plist))

(defcustom copydesk-file-extensions '("txt" "md" "markdown")
  "Extensions of files in which `copydesk-eglot-maybe-start' starts Eglot."
  :type '(repeat string))

(defconst copydesk-eglot-modes
  '((text-mode :language-id "plaintext") (markdown-mode :language-id "markdown") (gfm-mode :language-id "markdown"))
  "Major modes that copydesk serves, with the LSP language ids they are sent as.")

(defun copydesk-eglot--contact (&optional _interactive)
  "The server command, with the initialization options when there are any."
  (if copydesk-initialization-options
      (append copydesk-program (list :initializationOptions copydesk-initialization-options))
    copydesk-program))

(add-to-list 'eglot-server-programs (cons copydesk-eglot-modes #'copydesk-eglot--contact))

(defun copydesk-eglot-maybe-start ()
  "Start copydesk through Eglot when the buffer visits a draft (.txt or .md)."
  (when (and buffer-file-name
             (member (downcase (or (file-name-extension buffer-file-name) "")) copydesk-file-extensions))
    (eglot-ensure)))

(dolist (hook '(text-mode-hook markdown-mode-hook gfm-mode-hook))
  (add-hook hook #'copydesk-eglot-maybe-start))

(provide 'copydesk-eglot)
;;; copydesk-eglot.el ends here
