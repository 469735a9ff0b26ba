// STAND-IN for Jitsi Meet's external_api.js, used ONLY by the Dorfplatz tests and the call
// benchmark: no Jitsi server can run on the test machine. It offers the part of the IFrame API
// the kiosk uses, the way the real one does it (jitsi-meet modules/API/external/external_api.js
// and apiNameMaps.js, commit in whitelist.json): `new JitsiMeetExternalAPI(domain, options)`
// creates an iframe with the real API's permissions (`allow`: autoplay, camera, clipboard-write,
// compute-pressure, display-capture, hid, microphone, screen-wake-lock, speaker-selection; and
// options.sandbox as the iframe's sandbox, as external_api.js at jitsi-meet commit
// b1a3c5cd7b5e6ab7ba69899fb2f56697a221d455 does) on `//${domain}/${roomName}` with the
// configuration in the URL fragment (config.KEY=JSON, interfaceConfig.KEY=JSON, userInfo.KEY=JSON,
// lang=JSON), and talks to the room in it by postMessage in the shape of Jitsi's "postis"
// transport ({postis, scope, method: "message", params: {type: "event", data: {name, ...}}}).
// The real API always builds https:// and has no noSSL option any more; the stand-in is served
// over plain http in the tests, so it uses the scheme it was itself loaded with and ignores
// noSSL too. Which configuration keys the room applies is the room's business (room.html applies
// only those of whitelist.json, as the real room does).
// Events: videoConferenceJoined, videoConferenceLeft, participantJoined, participantLeft,
// readyToClose, cameraError, micError, videoMuteStatusChanged, passwordRequired,
// participantKickedOut, participantMuted, peerConnectionFailure, dataChannelClosed,
// recordingConsentDialogOpen, knockingParticipant, errorOccurred, feedbackPromptDisplayed.
// Commands: executeCommand("hangup" [, showFeedbackDialog] | "toggleVideo" | "password", value).
// options.jwt goes into the room's URL as ?jwt=, as the real one does. Also dispose(),
// getIFrame(), addListener/addEventListener/on and removeListener/removeEventListener/off.
(function () {
    "use strict";

    // Room-side event names → IFrame API event names (as in the real external_api.js).
    const eventNames = {
        "video-conference-joined": "videoConferenceJoined",
        "video-conference-left": "videoConferenceLeft",
        "participant-joined": "participantJoined",
        "participant-left": "participantLeft",
        "video-ready-to-close": "readyToClose",
        "camera-error": "cameraError",
        "mic-error": "micError",
        "video-mute-status-changed": "videoMuteStatusChanged",
        "password-required": "passwordRequired",
        "participant-kicked-out": "participantKickedOut",
        "participant-muted": "participantMuted",
        "peer-connection-failure": "peerConnectionFailure",
        "data-channel-closed": "dataChannelClosed",
        "recording-consent-dialog-open": "recordingConsentDialogOpen",
        "knocking-participant": "knockingParticipant",
        "error-occurred": "errorOccurred",
        "feedback-prompt-displayed": "feedbackPromptDisplayed"
    };
    // IFrame API command names → what the room understands.
    const commandNames = { hangup: "video-hangup", toggleVideo: "toggle-video", password: "password" };

    let nextId = 0;
    // The scheme this script came with (see the header comment).
    const ownScheme = document.currentScript && document.currentScript.src
        ? new URL(document.currentScript.src).protocol : "https:";

    function fragment(options, id) {
        const parts = ["jitsi_meet_external_api_id=" + id];
        const groups = [["config", options.configOverwrite], ["interfaceConfig", options.interfaceConfigOverwrite]];
        for (const [group, values] of groups) {
            for (const key of Object.keys(values || {}))
                parts.push(group + "." + key + "=" + encodeURIComponent(JSON.stringify(values[key])));
        }
        const user = options.userInfo || {};
        for (const key of Object.keys(user))
            parts.push("userInfo." + key + "=" + encodeURIComponent(JSON.stringify(user[key])));
        if (options.lang)
            parts.push("lang=" + encodeURIComponent(JSON.stringify(options.lang)));
        return parts.join("&");
    }

    class JitsiMeetExternalAPI {
        constructor(domain, options = {}) {
            this._id = nextId++;
            this._scope = "jitsi_meet_external_api_" + this._id;
            this._listeners = new Map();
            const protocol = ownScheme.replace(/:$/, "");
            let room = options.roomName || "";
            if (options.jwt)
                room += (room.includes("?") ? "&" : "?") + "jwt=" + encodeURIComponent(options.jwt);
            this._url = protocol + "://" + domain + "/" + room + "#" + fragment(options, this._id);
            this._origin = new URL(this._url).origin;
            // The API's own picture-in-picture (shown when the room's frame is out of sight)
            // reads configOverwrite.pip here, in the embedding page; the room drops the key.
            // The stand-in has no picture-in-picture; it keeps what it was given for the tests.
            this._pipConfig = options.configOverwrite && options.configOverwrite.pip;
            JitsiMeetExternalAPI.lastPipConfig = this._pipConfig;

            const frame = document.createElement("iframe");
            frame.allow = ["autoplay", "camera", "clipboard-write", "compute-pressure", "display-capture",
                           "hid", "microphone", "screen-wake-lock", "speaker-selection"].join("; ");
            if (options.sandbox)
                frame.sandbox = options.sandbox;
            frame.name = this._scope;
            frame.id = this._scope;
            frame.style.border = "0";
            frame.style.width = typeof options.width === "number" ? options.width + "px" : (options.width || "100%");
            frame.style.height = typeof options.height === "number" ? options.height + "px" : (options.height || "100%");
            frame.src = this._url;
            this._frame = frame;
            (options.parentNode || document.body).appendChild(frame);

            this._onMessage = event => this._receive(event);
            window.addEventListener("message", this._onMessage);
        }

        _receive(event) {
            if (!this._frame || event.source !== this._frame.contentWindow)
                return;
            const message = event.data;
            if (!message || message.postis !== true || message.scope !== this._scope)
                return;
            if (message.method !== "message" || !message.params || message.params.type !== "event")
                return;
            const data = Object.assign({}, message.params.data);
            const name = eventNames[data.name];
            if (!name)
                return;
            delete data.name;
            for (const listener of this._listeners.get(name) || [])
                listener(data);
        }

        addListener(name, listener) {
            if (!this._listeners.has(name))
                this._listeners.set(name, []);
            this._listeners.get(name).push(listener);
        }
        addEventListener(name, listener) { this.addListener(name, listener); }
        on(name, listener) { this.addListener(name, listener); return this; }

        removeListener(name, listener) {
            const list = this._listeners.get(name) || [];
            const index = list.indexOf(listener);
            if (index >= 0)
                list.splice(index, 1);
        }
        removeEventListener(name, listener) { this.removeListener(name, listener); }
        off(name, listener) { this.removeListener(name, listener); return this; }

        executeCommand(name, ...args) {
            const command = commandNames[name];
            if (!command || !this._frame || !this._frame.contentWindow)
                return;
            this._frame.contentWindow.postMessage({
                postis: true,
                scope: this._scope,
                method: "message",
                params: { type: "event", data: { name: command, data: args } }
            }, this._origin);
        }

        getIFrame() { return this._frame; }

        dispose() {
            window.removeEventListener("message", this._onMessage);
            if (this._frame)
                this._frame.remove();
            this._frame = null;
            this._listeners.clear();
        }
    }

    window.JitsiMeetExternalAPI = JitsiMeetExternalAPI;
})();
