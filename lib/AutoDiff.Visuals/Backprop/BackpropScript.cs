namespace AutoDiff.Visuals;

/// <summary>
/// The player script: a few lines, no libraries, nothing fetched. It builds its own buttons, so
/// where scripts do not run no dead controls appear. It finds its view by id (several views on
/// one page each get their own) and never initialises a view twice.
/// </summary>
internal static class BackpropScript
{
    public static string Player(string id) => """
        (function(){
          var roots=[].slice.call(document.querySelectorAll('[id="ID"]')).filter(function(r){return !r.dataset.live;});
          var root=roots[roots.length-1]; if(!root) return; root.dataset.live='1';
          var frames=[].slice.call(root.querySelectorAll('.adbp-frame')); if(!frames.length) return;
          root.classList.add('adbp-live');
          var bar=document.createElement('div'); bar.className='adbp-controls';
          function button(label,title,act){var b=document.createElement('button');b.type='button';b.textContent=label;b.title=title;b.onclick=act;bar.appendChild(b);return b;}
          var i=0,timer=null;
          var first=button('\u00AB first','First step',function(){stop();show(0);});
          var prev=button('\u25C0 previous','Previous step',function(){stop();show(i-1);});
          var play=button('\u25B6 play','Play the sweep',function(){if(timer){stop();return;} if(i>=frames.length-1) show(0); play.textContent='\u23F8 pause'; timer=setInterval(function(){if(i>=frames.length-1){stop();return;} show(i+1);},1200);});
          var next=button('next \u25B6','Next step',function(){stop();show(i+1);});
          var pos=document.createElement('span'); pos.className='adbp-pos'; bar.appendChild(pos);
          root.insertBefore(bar, root.querySelector('.adbp-frames'));
          function stop(){if(timer){clearInterval(timer);timer=null;} play.textContent='\u25B6 play';}
          function nodes(){return [].slice.call(root.querySelectorAll('g.ad-node'));}
          function show(k){
            i=Math.max(0,Math.min(frames.length-1,k));
            var f=frames[i], id=f.dataset.nodeId, kids=(f.dataset.children||'').split(' ');
            var done={}; for(var j=0;j<=i;j++) done[frames[j].dataset.nodeId]=true;
            frames.forEach(function(x,j){x.classList.toggle('adbp-current',j===i);});
            nodes().forEach(function(g){var n=g.dataset.nodeId; g.classList.toggle('adbp-done',!!done[n]); g.classList.toggle('adbp-visit',n===id);});
            var fused=f.dataset.fused==='1';
            [].slice.call(root.querySelectorAll('path.ad-edge')).forEach(function(p){
              p.classList.toggle('adbp-flow',p.dataset.from===id&&kids.indexOf(p.dataset.to)>=0);
              p.classList.toggle('adbp-send',fused&&p.dataset.to===id);});
            pos.textContent='step '+(i+1)+' of '+frames.length;
            first.disabled=prev.disabled=(i===0); next.disabled=(i===frames.length-1);
          }
          show(0);
        })();
        """.Replace("ID", id, StringComparison.Ordinal);
}
