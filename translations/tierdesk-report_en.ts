<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AttachmentPanel</name>
    <message>
        <source>Capture:</source>
        <translation>Capture:</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Full screen</translation>
    </message>
    <message>
        <source>Take a screenshot of all screens (this window steps aside meanwhile)</source>
        <translation>Take a screenshot of all screens (this window steps aside meanwhile)</translation>
    </message>
    <message>
        <source>Region…</source>
        <translation>Region…</translation>
    </message>
    <message>
        <source>Freeze the screen and drag a rectangle around the part that shows the problem</source>
        <translation>Freeze the screen and drag a rectangle around the part that shows the problem</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>Capture the window that is active when the delay is over; set a delay to switch to it first</source>
        <translation>Capture the window that is active when the delay is over; set a delay to switch to it first</translation>
    </message>
    <message>
        <source>Delay:</source>
        <translation>Delay:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Record steps…</source>
        <translation>Record steps…</translation>
    </message>
    <message>
        <source>A small bar stays on top while you repeat what you did; each click on &quot;Capture step&quot; adds a numbered screenshot</source>
        <translation>A small bar stays on top while you repeat what you did; each click on &quot;Capture step&quot; adds a numbered screenshot</translation>
    </message>
    <message>
        <source>Paste image</source>
        <translation>Paste image</translation>
    </message>
    <message>
        <source>Attach the image on the clipboard (Ctrl+V)</source>
        <translation>Attach the image on the clipboard (Ctrl+V)</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <source>You can also drop files or images here, or paste a screenshot with Ctrl+V.</source>
        <translation>You can also drop files or images here, or paste a screenshot with Ctrl+V.</translation>
    </message>
    <message>
        <source>Annotate…</source>
        <translation>Annotate…</translation>
    </message>
    <message>
        <source>Add arrows, boxes, text and numbers, or black out private details</source>
        <translation>Add arrows, boxes, text and numbers, or black out private details</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Show the image exactly as it will be sent</source>
        <translation>Show the image exactly as it will be sent</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Double-click a step to write what you did in it; drag steps to reorder them</source>
        <translation>Double-click a step to write what you did in it; drag steps to reorder them</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
</context>
<context>
    <name>CapitalsHint</name>
    <message>
        <source>Capitals don&apos;t make a ticket faster: how soon it is handled depends on the severity you choose and your account&apos;s priority. A calm subject is easier to find later.</source>
        <translation>Capitals don&apos;t make a ticket faster: how soon it is handled depends on the severity you choose and your account&apos;s priority. A calm subject is easier to find later.</translation>
    </message>
</context>
<context>
    <name>CaptureCommand</name>
    <message>
        <source>Usage: tierdesk-report capture --full|--screen N|--window -o FILE.png [--delay S]

Takes one screenshot and writes it to FILE.png, a new file (an existing file is never
overwritten). No window is opened.

  --full          every screen, as one image
  --screen N      screen N (0 is the first)
  --window        the active window
  -o, --output    the PNG file to create
  --delay S       wait S seconds first (0 to %1)
</source>
        <translation>Usage: tierdesk-report capture --full|--screen N|--window -o FILE.png [--delay S]

Takes one screenshot and writes it to FILE.png, a new file (an existing file is never
overwritten). No window is opened.

  --full          every screen, as one image
  --screen N      screen N (0 is the first)
  --window        the active window
  -o, --output    the PNG file to create
  --delay S       wait S seconds first (0 to %1)
</translation>
    </message>
    <message>
        <source>The active window is outside every screen.</source>
        <translation>The active window is outside every screen.</translation>
    </message>
    <message>
        <source>There is no display to capture: neither DISPLAY nor WAYLAND_DISPLAY is set.</source>
        <translation>There is no display to capture: neither DISPLAY nor WAYLAND_DISPLAY is set.</translation>
    </message>
    <message>
        <source>Say what to capture: exactly one of --full, --screen N or --window.</source>
        <translation>Say what to capture: exactly one of --full, --screen N or --window.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
    <message>
        <source>Say where to write the screenshot: -o FILE.png.</source>
        <translation>Say where to write the screenshot: -o FILE.png.</translation>
    </message>
    <message>
        <source>%1 already exists; tierdesk-report never overwrites a file. Choose a new name.</source>
        <translation>%1 already exists; tierdesk-report never overwrites a file. Choose a new name.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>--delay takes whole seconds from 0 to %1.</source>
        <translation>--delay takes whole seconds from 0 to %1.</translation>
    </message>
    <message>
        <source>--screen takes a screen number: 0 for the first screen.</source>
        <translation>--screen takes a screen number: 0 for the first screen.</translation>
    </message>
    <message numerus="yes">
        <source>Capturing in %n second(s)…</source>
        <translation>
            <numerusform>Capturing in %n second…</numerusform>
            <numerusform>Capturing in %n seconds…</numerusform>
        </translation>
    </message>
    <message>
        <source>The screen could not be captured.</source>
        <translation>The screen could not be captured.</translation>
    </message>
    <message>
        <source>The screenshot could not be encoded as PNG.</source>
        <translation>The screenshot could not be encoded as PNG.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to support</source>
        <translation>Sign in to support</translation>
    </message>
    <message>
        <source>Sign in with the account your support team gave you.</source>
        <translation>Sign in with the account your support team gave you.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Keep me signed in on this computer</source>
        <translation>Keep me signed in on this computer</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tierdesk support</source>
        <translation>Tierdesk support</translation>
    </message>
    <message>
        <source>My tickets</source>
        <translation>My tickets</translation>
    </message>
    <message>
        <source>No tickets yet. Use &quot;Report a problem&quot; when something does not work.</source>
        <translation>No tickets yet. Use &quot;Report a problem&quot; when something does not work.</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>&amp;Report a problem…</source>
        <translation>&amp;Report a problem…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
</context>
<context>
    <name>ProblemAttachmentsPage</name>
    <message>
        <source>Show it</source>
        <translation>Show it</translation>
    </message>
    <message>
        <source>A screenshot of the error with the time, or the steps as numbered screenshots, often halves the time to a fix. Black out anything private with Annotate → Redact.</source>
        <translation>A screenshot of the error with the time, or the steps as numbered screenshots, often halves the time to a fix. Black out anything private with Annotate → Redact.</translation>
    </message>
</context>
<context>
    <name>ProblemDescriptionPage</name>
    <message>
        <source>What went wrong?</source>
        <translation>What went wrong?</translation>
    </message>
    <message>
        <source>Tell us in your own words. Short and exact helps more than long: what you did, what you expected, what happened.</source>
        <translation>Tell us in your own words. Short and exact helps more than long: what you did, what you expected, what happened.</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <source>One line, e.g. &quot;Invoice export stops with an error&quot;</source>
        <translation>One line, e.g. &quot;Invoice export stops with an error&quot;</translation>
    </message>
    <message>
        <source>What did you &amp;do?</source>
        <translation>What did you &amp;do?</translation>
    </message>
    <message>
        <source>The steps in order: I opened…, I clicked…</source>
        <translation>The steps in order: I opened…, I clicked…</translation>
    </message>
    <message>
        <source>What did you &amp;expect?</source>
        <translation>What did you &amp;expect?</translation>
    </message>
    <message>
        <source>What should have happened</source>
        <translation>What should have happened</translation>
    </message>
    <message>
        <source>What &amp;happened instead?</source>
        <translation>What &amp;happened instead?</translation>
    </message>
    <message>
        <source>What you saw instead (required)</source>
        <translation>What you saw instead (required)</translation>
    </message>
</context>
<context>
    <name>ProblemDetailsPage</name>
    <message>
        <source>The error and the time</source>
        <translation>The error and the time</translation>
    </message>
    <message>
        <source>The exact message and the time let support find your problem in the logs.</source>
        <translation>The exact message and the time let support find your problem in the logs.</translation>
    </message>
    <message>
        <source>The exact &amp;error message or code:</source>
        <translation>The exact &amp;error message or code:</translation>
    </message>
    <message>
        <source>Copy the message exactly as it was shown, or type the code (e.g. 0x80070005, SMTP-421)</source>
        <translation>Copy the message exactly as it was shown, or type the code (e.g. 0x80070005, SMTP-421)</translation>
    </message>
    <message>
        <source>&amp;When did it happen?</source>
        <translation>&amp;When did it happen?</translation>
    </message>
    <message>
        <source>Just now</source>
        <translation>Just now</translation>
    </message>
    <message>
        <source>How &amp;bad is it?</source>
        <translation>How &amp;bad is it?</translation>
    </message>
    <message>
        <source>Support answers in order of severity and your account&apos;s priority.</source>
        <translation>Support answers in order of severity and your account&apos;s priority.</translation>
    </message>
</context>
<context>
    <name>ProblemDraft</name>
    <message>
        <source>What I did:</source>
        <translation>What I did:</translation>
    </message>
    <message>
        <source>What I expected:</source>
        <translation>What I expected:</translation>
    </message>
    <message>
        <source>What happened instead:</source>
        <translation>What happened instead:</translation>
    </message>
    <message>
        <source>The exact error message:</source>
        <translation>The exact error message:</translation>
    </message>
    <message>
        <source>When it happened: %1</source>
        <translation>When it happened: %1</translation>
    </message>
    <message>
        <source>Another report of this problem: %1</source>
        <translation>Another report of this problem: %1</translation>
    </message>
</context>
<context>
    <name>ProblemReviewPage</name>
    <message>
        <source>Check and send</source>
        <translation>Check and send</translation>
    </message>
    <message>
        <source>This is what support will receive.</source>
        <translation>This is what support will receive.</translation>
    </message>
    <message>
        <source>A known problem may be the cause</source>
        <translation>A known problem may be the cause</translation>
    </message>
    <message>
        <source>Link my report to this known problem, so that I hear when it is fixed</source>
        <translation>Link my report to this known problem, so that I hear when it is fixed</translation>
    </message>
    <message>
        <source>You may have reported this already</source>
        <translation>You may have reported this already</translation>
    </message>
    <message>
        <source>This looks like a problem you already have an open ticket for. Adding to it keeps everything in one place and does not start the queue over.</source>
        <translation>This looks like a problem you already have an open ticket for. Adding to it keeps everything in one place and does not start the queue over.</translation>
    </message>
    <message>
        <source>Add my report to the selected ticket</source>
        <translation>Add my report to the selected ticket</translation>
    </message>
    <message>
        <source>It is a different problem: open a new ticket</source>
        <translation>It is a different problem: open a new ticket</translation>
    </message>
</context>
<context>
    <name>TicketStatusText</name>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Being worked on</source>
        <translation>Being worked on</translation>
    </message>
    <message>
        <source>Waiting for your answer</source>
        <translation>Waiting for your answer</translation>
    </message>
    <message>
        <source>With a specialist</source>
        <translation>With a specialist</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Solved</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Not sent yet</translation>
    </message>
</context>
<context>
    <name>TicketView</name>
    <message>
        <source>&amp;Your reply:</source>
        <translation>&amp;Your reply:</translation>
    </message>
    <message>
        <source>Answer support, or add what you found out since</source>
        <translation>Answer support, or add what you found out since</translation>
    </message>
    <message>
        <source>Screenshots and files</source>
        <translation>Screenshots and files</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Send reply</translation>
    </message>
</context>
<context>
    <name>X11WindowLocator</name>
    <message>
        <source>The active window can only be found on an X11 desktop.</source>
        <translation>The active window can only be found on an X11 desktop.</translation>
    </message>
    <message>
        <source>No window is active; click the window to capture first.</source>
        <translation>No window is active; click the window to capture first.</translation>
    </message>
    <message>
        <source>The active window is not on the screen.</source>
        <translation>The active window is not on the screen.</translation>
    </message>
    <message>
        <source>The X server did not say where the active window is.</source>
        <translation>The X server did not say where the active window is.</translation>
    </message>
    <message>
        <source>This build cannot find the active window of other programs (it was built without xcb).</source>
        <translation>This build cannot find the active window of other programs (it was built without xcb).</translation>
    </message>
</context>
<context>
    <name>tierdesk::AnnotateDialog</name>
    <message>
        <source>Mark the screenshot</source>
        <translation>Mark the screenshot</translation>
    </message>
    <message>
        <source>Use these marks</source>
        <translation>Use these marks</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>tierdesk::AttachmentPanel</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Attach files</translation>
    </message>
    <message numerus="yes">
        <source>Capturing in %n second(s)…</source>
        <translation>
            <numerusform>Capturing in %n second…</numerusform>
            <numerusform>Capturing in %n seconds…</numerusform>
        </translation>
    </message>
    <message>
        <source>Region added: %1 × %2 pixels.</source>
        <translation>Region added: %1 × %2 pixels.</translation>
    </message>
    <message>
        <source>No region was chosen.</source>
        <translation>No region was chosen.</translation>
    </message>
    <message>
        <source>Drag a rectangle around the part to keep; Esc cancels.</source>
        <translation>Drag a rectangle around the part to keep; Esc cancels.</translation>
    </message>
    <message>
        <source>Screenshot added: %1 × %2 pixels.</source>
        <translation>Screenshot added: %1 × %2 pixels.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) recorded. Double-click a step to describe it.</source>
        <translation>
            <numerusform>%n step recorded. Double-click a step to describe it.</numerusform>
            <numerusform>%n steps recorded. Double-click a step to describe it.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no image or file.</source>
        <translation>The clipboard holds no image or file.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) pasted.</source>
        <translation>
            <numerusform>%n item pasted.</numerusform>
            <numerusform>%n items pasted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) added.</source>
        <translation>
            <numerusform>%n file added.</numerusform>
            <numerusform>%n files added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) added.</source>
        <translation>
            <numerusform>%n item added.</numerusform>
            <numerusform>%n items added.</numerusform>
        </translation>
    </message>
    <message>
        <source>The marks are kept with the screenshot.</source>
        <translation>The marks are kept with the screenshot.</translation>
    </message>
</context>
<context>
    <name>tierdesk::ImagePreviewDialog</name>
    <message>
        <source>Preview: %1</source>
        <translation>Preview: %1</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>tierdesk::LoginDialog</name>
    <message>
        <source>Enter the server&apos;s address, e.g. https://support.example.com.</source>
        <translation>Enter the server&apos;s address, e.g. https://support.example.com.</translation>
    </message>
    <message>
        <source>Enter your login and password.</source>
        <translation>Enter your login and password.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>No keychain</translation>
    </message>
    <message>
        <source>This computer has no keychain service (such as GNOME Keyring or KWallet) to keep your sign-in safe. Keep it in a file that only your user account can read instead? Otherwise you will be asked for your password at every start.</source>
        <translation>This computer has no keychain service (such as GNOME Keyring or KWallet) to keep your sign-in safe. Keep it in a file that only your user account can read instead? Otherwise you will be asked for your password at every start.</translation>
    </message>
</context>
<context>
    <name>tierdesk::MainWindow</name>
    <message>
        <source>The server did not accept a change: %1</source>
        <translation>The server did not accept a change: %1</translation>
    </message>
    <message>
        <source>A report could not be sent: %1</source>
        <translation>A report could not be sent: %1</translation>
    </message>
    <message>
        <source>Offline: what you write is kept and sent later</source>
        <translation>Offline: what you write is kept and sent later</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Updating…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) waiting to be sent</source>
        <translation>
            <numerusform>%n item waiting to be sent</numerusform>
            <numerusform>%n items waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <source>Tierdesk support — %1</source>
        <translation>Tierdesk support — %1</translation>
    </message>
</context>
<context>
    <name>tierdesk::NewProblemWizard</name>
    <message>
        <source>You are not signed in.</source>
        <translation>You are not signed in.</translation>
    </message>
    <message>
        <source>This may be part of the known problem &quot;%1&quot;.</source>
        <translation>This may be part of the known problem &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>Report a problem</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>tierdesk::ProblemDetailsPage</name>
    <message>
        <source>Critical: work has stopped for many people</source>
        <translation>Critical: work has stopped for many people</translation>
    </message>
    <message>
        <source>High: I cannot work and there is no way around it</source>
        <translation>High: I cannot work and there is no way around it</translation>
    </message>
    <message>
        <source>Normal: something does not work, but I can carry on</source>
        <translation>Normal: something does not work, but I can carry on</translation>
    </message>
    <message>
        <source>Low: a question or a small annoyance</source>
        <translation>Low: a question or a small annoyance</translation>
    </message>
    <message>
        <source>Error codes found: %1</source>
        <translation>Error codes found: %1</translation>
    </message>
</context>
<context>
    <name>tierdesk::ProblemReviewPage</name>
    <message>
        <source>Support already knows about this problem and is working on it:
%1
%2</source>
        <translation>Support already knows about this problem and is working on it:
%1
%2</translation>
    </message>
    <message>
        <source>(not sent yet)</source>
        <translation>(not sent yet)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Same error code: %1</source>
        <translation>Same error code: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Subject: %1</translation>
    </message>
    <message>
        <source>Error codes: %1</source>
        <translation>Error codes: %1</translation>
    </message>
    <message>
        <source>Attachments: %1</source>
        <translation>Attachments: %1</translation>
    </message>
    <message>
        <source>You are offline. The report is kept on this computer and sent as soon as the server can be reached.</source>
        <translation>You are offline. The report is kept on this computer and sent as soon as the server can be reached.</translation>
    </message>
</context>
<context>
    <name>tierdesk::ReportAttachments</name>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, annotated</source>
        <translation>%1 × %2 pixels, annotated</translation>
    </message>
    <message>
        <source>Screenshot %1</source>
        <translation>Screenshot %1</translation>
    </message>
    <message>
        <source>%1 is larger than %2; attach a smaller file or a part of it.</source>
        <translation>%1 is larger than %2; attach a smaller file or a part of it.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Pasted image %1</source>
        <translation>Pasted image %1</translation>
    </message>
    <message>
        <source>The pasted image could not be read.</source>
        <translation>The pasted image could not be read.</translation>
    </message>
    <message>
        <source>%1 could not be encoded as PNG.</source>
        <translation>%1 could not be encoded as PNG.</translation>
    </message>
    <message>
        <source>The annotations of %1 cannot be read: %2</source>
        <translation>The annotations of %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>No temporary folder for the screenshots: %1</source>
        <translation>No temporary folder for the screenshots: %1</translation>
    </message>
    <message>
        <source>Steps (attached as %1 to %2):</source>
        <translation>Steps (attached as %1 to %2):</translation>
    </message>
    <message>
        <source>Step %1 (%2)</source>
        <translation>Step %1 (%2)</translation>
    </message>
    <message>
        <source>Step %1 (%2): %3</source>
        <translation>Step %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>tierdesk::ReporterApplication</name>
    <message>
        <source>Signed out</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Please sign in again; nothing you wrote is lost.</source>
        <translation>Your sign-in has expired. Please sign in again; nothing you wrote is lost.</translation>
    </message>
</context>
<context>
    <name>tierdesk::ReporterSession</name>
    <message>
        <source>The login or the password is wrong.</source>
        <translation>The login or the password is wrong.</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>The server cannot be reached: %1</translation>
    </message>
    <message>
        <source>Too many failed attempts; wait a few minutes and try again.</source>
        <translation>Too many failed attempts; wait a few minutes and try again.</translation>
    </message>
    <message>
        <source>This is a support staff account; please use the Tierdesk workstation.</source>
        <translation>This is a support staff account; please use the Tierdesk workstation.</translation>
    </message>
</context>
<context>
    <name>tierdesk::SendQueue</name>
    <message>
        <source>Cannot create the folder %1 for the files to send.</source>
        <translation>Cannot create the folder %1 for the files to send.</translation>
    </message>
    <message>
        <source>Cannot keep %1 for sending: %2</source>
        <translation>Cannot keep %1 for sending: %2</translation>
    </message>
    <message>
        <source>Cannot keep the report for sending: %1</source>
        <translation>Cannot keep the report for sending: %1</translation>
    </message>
    <message>
        <source>The file %1 kept for sending is gone: %2</source>
        <translation>The file %1 kept for sending is gone: %2</translation>
    </message>
    <message>
        <source>The file %1 kept for sending was changed on disk; it is not sent.</source>
        <translation>The file %1 kept for sending was changed on disk; it is not sent.</translation>
    </message>
    <message>
        <source>The server did not take %1: %2</source>
        <translation>The server did not take %1: %2</translation>
    </message>
    <message>
        <source>The ticket this reply belongs to could not be created, so the reply was not sent.</source>
        <translation>The ticket this reply belongs to could not be created, so the reply was not sent.</translation>
    </message>
</context>
<context>
    <name>tierdesk::TicketListModel</name>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Not sent: %1</translation>
    </message>
    <message>
        <source>Sending files: %1 of %2</source>
        <translation>Sending files: %1 of %2</translation>
    </message>
    <message>
        <source>Support answered: open the ticket to read it.</source>
        <translation>Support answered: open the ticket to read it.</translation>
    </message>
    <message>
        <source>%1 · new reply</source>
        <translation>%1 · new reply</translation>
    </message>
</context>
<context>
    <name>tierdesk::TicketView</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Close ticket</source>
        <translation>Close ticket</translation>
    </message>
    <message>
        <source>The problem is back: support will look at it again</source>
        <translation>The problem is back: support will look at it again</translation>
    </message>
    <message>
        <source>The problem is solved or no longer matters</source>
        <translation>The problem is solved or no longer matters</translation>
    </message>
    <message>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>waiting to be sent</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n attachment</numerusform>
            <numerusform>%n attachments</numerusform>
        </translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>not sent: %1</translation>
    </message>
    <message numerus="yes">
        <source>uploading %1 of %n file(s)</source>
        <translation>
            <numerusform>uploading %1 of %n file</numerusform>
            <numerusform>uploading %1 of %n files</numerusform>
        </translation>
    </message>
    <message>
        <source>No ticket is open.</source>
        <translation>No ticket is open.</translation>
    </message>
    <message>
        <source>Write a reply or attach a screenshot first.</source>
        <translation>Write a reply or attach a screenshot first.</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>Attached: %1</translation>
    </message>
    <message>
        <source>You are offline; the reply is sent when the server is back.</source>
        <translation>You are offline; the reply is sent when the server is back.</translation>
    </message>
    <message>
        <source>Reply sent.</source>
        <translation>Reply sent.</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Downloading %1…</translation>
    </message>
    <message>
        <source>The file could not be downloaded: %1</source>
        <translation>The file could not be downloaded: %1</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Save attachment</translation>
    </message>
</context>
</TS>
