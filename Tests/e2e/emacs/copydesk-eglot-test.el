;;; copydesk-eglot-test.el --- batch Emacs end-to-end test of editors/emacs with copydesk lsp  -*- lexical-binding: t; -*-

;; Run by run.sh beside this file, which sets:
;;   COPYDESK_EMACS_DIR   editors/emacs of the checkout
;;   COPYDESK_CASES       cases separated by newlines: FILE<TAB>COUNT<TAB>LINE<TAB>COLUMN<TAB>RULE
;;                        (expected number of diagnostics and the first one's 1-based line, column in characters
;;                        and rule id)
;;   COPYDESK_TIMEOUT     seconds to wait for diagnostics per file (default 60)
;; It loads the user-facing config exactly as README.md says, visits each file (text-mode → the config's hook →
;; eglot-ensure), lets the command loop's post-command-hook connect as it would interactively, waits for
;; copydesk's diagnostics to reach Flymake and checks them. Prints "emacs-eglot: N passed, N failed"; exits 0
;; only when every check passed.

;;; Code:

(require 'cl-lib)
(unless (locate-library "eglot") (package-initialize))
(add-to-list 'load-path (getenv "COPYDESK_EMACS_DIR"))
(require 'copydesk-eglot)
(require 'flymake)

(defvar copydesk-test-passed 0)
(defvar copydesk-test-failed 0)
(setq eglot-sync-connect 10          ; wait for the handshake instead of continuing asynchronously
      eglot-autoshutdown nil
      flymake-no-changes-timeout nil)

(defun copydesk-test-check (ok what &rest args)
  (let ((text (apply #'format what args)))
    (if ok
        (progn (setq copydesk-test-passed (1+ copydesk-test-passed)) (message "ok: %s" text))
      (setq copydesk-test-failed (1+ copydesk-test-failed))
      (message "FAIL: %s" text))))

(defun copydesk-test-eglot-diagnostics ()
  "Flymake diagnostics from Eglot in the current buffer, in buffer order."
  (sort (cl-remove-if-not (lambda (d) (eq (flymake-diagnostic-backend d) 'eglot-flymake-backend))
                          (flymake-diagnostics))
        (lambda (a b) (< (flymake-diagnostic-beg a) (flymake-diagnostic-beg b)))))

(defun copydesk-test-position (pos)
  "1-based line and column (in characters, not display columns) of POS."
  (save-excursion
    (goto-char pos)
    (list (line-number-at-pos) (1+ (- (point) (line-beginning-position))))))

(defun copydesk-test-dump-events ()
  (let ((server (eglot-current-server)))
    (when server
      (with-current-buffer (jsonrpc-events-buffer server)
        (message "---- last Eglot events ----\n%s"
                 (buffer-substring-no-properties (max (point-min) (- (point-max) 4000)) (point-max)))))))

(defun copydesk-test-file (file count line column rule timeout)
  (message "== %s: expecting %d diagnostics, the first at %d:%d (%s)" (file-name-nondirectory file) count line column rule)
  (let ((buffer (find-file-noselect file)))
    (with-current-buffer buffer
      (copydesk-test-check (eq major-mode 'text-mode) "%s opens in text-mode (got %s)" file major-mode)
      ;; Interactively the command loop runs post-command-hook after the visit; eglot-ensure connects there.
      (run-hooks 'post-command-hook)
      (copydesk-test-check (eglot-current-server) "eglot connected to copydesk lsp")
      (let* ((server (eglot-current-server))
             (deadline (+ (float-time) timeout))
             diags)
        (when server
          (while (and (< (float-time) deadline)
                      (progn (flymake-start)
                             (accept-process-output nil 0.2)
                             (setq diags (copydesk-test-eglot-diagnostics))
                             (/= (length diags) count))))
          (copydesk-test-check (= (length diags) count) "%d diagnostics received (got %d)" count (length diags))
          (when diags
            (let* ((first (car diags))
                   (pos (copydesk-test-position (flymake-diagnostic-beg first)))
                   (text (flymake-diagnostic-text first)))
              (copydesk-test-check (equal pos (list line column)) "first diagnostic at %d:%d (got %d:%d: %s)"
                                   line column (car pos) (cadr pos) text)
              (copydesk-test-check (string-match-p (regexp-quote (format "[%s]" rule)) text)
                                   "first diagnostic is %s (got %s)" rule text)))
          (when (> copydesk-test-failed 0) (copydesk-test-dump-events))
          (eglot-shutdown server)
          (copydesk-test-check (not (process-live-p (jsonrpc--process server))) "server exited after shutdown"))))
    (kill-buffer buffer)))

(let ((timeout (string-to-number (or (getenv "COPYDESK_TIMEOUT") "60"))))
  (dolist (case (split-string (or (getenv "COPYDESK_CASES") "") "\n" t))
    (pcase-let ((`(,file ,count ,line ,column ,rule) (split-string case "\t")))
      (condition-case err
          (copydesk-test-file file (string-to-number count) (string-to-number line) (string-to-number column)
                              rule timeout)
        (error (copydesk-test-check nil "%s: %S" file err))))))

(message "emacs-eglot: %d passed, %d failed" copydesk-test-passed copydesk-test-failed)
(kill-emacs (if (and (> copydesk-test-passed 0) (= copydesk-test-failed 0)) 0 1))
;;; copydesk-eglot-test.el ends here
