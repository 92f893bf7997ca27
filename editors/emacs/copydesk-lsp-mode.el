;;; copydesk-lsp-mode.el --- copydesk language server for plain text and Markdown via lsp-mode  -*- lexical-binding: t; -*-

;; Load this file from your init file after lsp-mode (see README.md in this folder).  copydesk runs as an
;; add-on server, so it works next to another Markdown server such as marksman.

;;; Code:

(require 'lsp-mode)

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

;; lsp-mode needs a language id for text-mode buffers; Markdown modes already map to "markdown".
(add-to-list 'lsp-language-id-configuration '(text-mode . "plaintext"))

(lsp-register-client
 (make-lsp-client
  :new-connection (lsp-stdio-connection (lambda () copydesk-program))
  :activation-fn (lambda (file-name _mode)
                   (and file-name (string-match-p "\\.\\(txt\\|md\\|markdown\\)\\'" file-name)))
  :major-modes '(text-mode markdown-mode gfm-mode)
  :server-id 'copydesk
  :add-on? t
  :priority -1
  :initialization-options (lambda () copydesk-initialization-options)))

(dolist (hook '(text-mode-hook markdown-mode-hook gfm-mode-hook))
  (add-hook hook (lambda ()
                   (when (and buffer-file-name
                              (string-match-p "\\.\\(txt\\|md\\|markdown\\)\\'" buffer-file-name))
                     (lsp-deferred)))))

(provide 'copydesk-lsp-mode)
;;; copydesk-lsp-mode.el ends here
