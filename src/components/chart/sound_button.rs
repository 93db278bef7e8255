use crate::charts::data::{ChartData, SeriesKind};
use crate::logic::sonify::{tones, total_seconds, Tone};
use gloo::timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SoundButtonProps {
    pub chart: Rc<ChartData>,
}

/// "Play as sound": each reported series as a short melody, one after another — time for
/// the year (or the bar's place), pitch for the value. Stops on a second press or when done.
#[component]
pub fn SoundButton(props: &SoundButtonProps) -> Html {
    let playing = use_state_eq(|| false);
    let player = use_mut_ref(Player::default);
    use_effect_with((), {
        let player = player.clone();
        move |_| move || player.borrow_mut().stop()
    });
    let (sequence, order) = melody(&props.chart);
    let onclick = {
        let (playing, player) = (playing.clone(), player.clone());
        move |_| {
            if *playing {
                player.borrow_mut().stop();
                playing.set(false);
            } else if play(&player, &sequence, playing.clone()) {
                playing.set(true);
            }
        }
    };
    html! {
        <div class="sound">
            <button type="button" class="sound-button" aria-pressed={playing.to_string()} {onclick}>
                { if *playing { "Stop sound" } else { "Play as sound" } }
                <span class="visually-hidden">{ format!(": {}", props.chart.title) }</span>
            </button>
            <span class="sound-help">{ format!("Higher pitch, larger value; in order: {order}.") }</span>
        </div>
    }
}

/// The tones of the chart's reported series, and their names in playing order.
fn melody(chart: &ChartData) -> (Rc<Vec<Tone>>, String) {
    let bars = chart.series.iter().any(|s| s.kind == SeriesKind::Bars);
    let playable: Vec<_> = chart
        .series
        .iter()
        .filter(|s| !s.derived && s.kind != SeriesKind::Reference && !s.points.is_empty())
        .collect();
    let points: Vec<Vec<(f64, f64)>> = playable
        .iter()
        .map(|s| {
            s.points
                .iter()
                .map(|p| if bars { (-p.y, p.x) } else { (p.x, p.y) })
                .collect()
        })
        .collect();
    let range = if bars {
        chart.frame.x_range
    } else {
        chart.frame.y_range
    };
    let names: Vec<&str> = playable.iter().map(|s| s.label.as_str()).collect();
    (Rc::new(tones(&points, range)), names.join(", then "))
}

/// The audio context of the melody that is playing, and the timer that ends it.
#[derive(Default)]
struct Player {
    context: Option<web_sys::AudioContext>,
    done: Option<Timeout>,
}

impl Player {
    fn stop(&mut self) {
        if let Some(context) = self.context.take() {
            let _ = context.close();
        }
        self.done = None;
    }
}

/// Schedules the tones on a new audio context; false if the browser has no Web Audio.
fn play(player: &Rc<RefCell<Player>>, sequence: &[Tone], playing: UseStateHandle<bool>) -> bool {
    let Ok(context) = web_sys::AudioContext::new() else {
        return false;
    };
    let now = context.current_time();
    for tone in sequence {
        let (Ok(osc), Ok(gain)) = (context.create_oscillator(), context.create_gain()) else {
            return false;
        };
        let (start, end) = (now + tone.start, now + tone.start + tone.duration);
        osc.frequency().set_value(tone.frequency as f32);
        let level = gain.gain();
        let _ = level.set_value_at_time(0.0, start);
        let _ = level.linear_ramp_to_value_at_time(0.2, start + 0.02);
        let _ = level.linear_ramp_to_value_at_time(0.0, end);
        let _ = osc.connect_with_audio_node(&gain);
        let _ = gain.connect_with_audio_node(&context.destination());
        let _ = osc.start_with_when(start);
        let _ = osc.stop_with_when(end);
    }
    let millis = (total_seconds(sequence) * 1000.0) as u32 + 100;
    let mut p = player.borrow_mut();
    p.stop();
    p.context = Some(context);
    let player = player.clone();
    p.done = Some(Timeout::new(millis, move || {
        if let Ok(mut p) = player.try_borrow_mut() {
            p.stop();
        }
        playing.set(false);
    }));
    true
}
